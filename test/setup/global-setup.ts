// Placeholder until the Neo4j launcher lands: the database tiers start it here.
export default async function globalSetup(): Promise<void> {}
