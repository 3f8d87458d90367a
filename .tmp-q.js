const neo4j = require('neo4j-driver');
const d = neo4j.driver(process.argv[2], neo4j.auth.basic('neo4j', 'imr-graph-bench'), {disableLosslessIntegers: true});
(async () => {
  const s = d.session();
  for (const q of process.argv.slice(3)) {
    const r = await s.run(q);
    console.log(JSON.stringify(r.records.map(x => x.toObject())).slice(0, 3000));
  }
  await s.close(); await d.close();
})().catch(e => { console.error(e.message); process.exit(1); });
