import { canonicaliseService, tokenise } from '../../loaders/canonical/service';
import type { CanonicalService } from '../../loaders/determination';
import {
  COMBINATIONS,
  DRUG_CLASSES,
  DRUGS_BY_CLASS,
  listDrugs,
  type DrugClass,
} from '../../loaders/vocab/drugs';
import { SERVICE_TAXONOMY, SERVICES, type ServiceCategory } from '../../loaders/vocab/services';

type Row = [request: string, name: string, category: string | null, subcategory: string | null];

const drug = (generic: string, drugClass: DrugClass): CanonicalService => ({
  name: generic,
  category: 'Pharmaceuticals',
  subcategory: drugClass,
  drug: generic,
});

function expectService(
  request: string,
  name: string,
  category: string | null,
  subcategory: string | null,
) {
  const service = canonicaliseService(request);
  expect({
    name: service.name,
    category: service.category,
    subcategory: service.subcategory,
  }).toEqual({
    name,
    category,
    subcategory,
  });
}

describe('canonicaliseService: drugs', () => {
  // One request per row reads as a table.
  // prettier-ignore
  it.each<[string, string, DrugClass]>([
    // Brands named in taxonomy.md
    ['Norco 10/325mg #60', 'Hydrocodone/Acetaminophen', 'Opioids'],
    ['Ultram 50mg #30', 'Tramadol', 'Opioids'],
    ['Prilosec 20mg #60', 'Omeprazole', 'Proton Pump Inhibitors'],
    ['Flexeril 10mg #90', 'Cyclobenzaprine', 'Muscle Relaxant'],
    ['Fexmid 7.5mg #60', 'Cyclobenzaprine', 'Muscle Relaxant'],
    ['Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS: 11/11/2016', 'Lidocaine', 'Topical Analgesics'],
    ['Lidocaine patch', 'Lidocaine', 'Topical Analgesics'],
    ['Lidocaine ointment 5% #1', 'Lidocaine', 'Topical Analgesics'],
    ['Anecream cream 4% #30', 'Lidocaine', 'Topical Analgesics'],
    // Branded oral suspension kits
    ['Synapryn 10mg/ml oral suspension 500ml', 'Tramadol', 'Opioids'],
    ['Tabradol 1mg/ml oral suspension, 250ml', 'Cyclobenzaprine', 'Muscle Relaxant'],
    ['Deprizine 15mg/ml oral suspension, 250ml', 'Ranitidine', 'H2 Blocker'],
    ['Fanatrex 25mg/ml oral suspension 420ml', 'Gabapentin', 'Anti-epilepsy drugs'],
    ['Dicopanol 5mg/ml oral suspension, 150ml', 'Diphenhydramine', 'Antihistamine'],
    // Generics, strengths, retrospective dates, partial authorisations' disputed portions
    ['Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16', 'Cyclobenzaprine', 'Muscle Relaxant'],
    ['Retrospective Famotidine 20mg #60, per 12/07/2016 order', 'Famotidine', 'H2 Blocker'],
    ['Norco 10/325mg #35', 'Hydrocodone/Acetaminophen', 'Opioids'],
    ['Baclofen 100mg #3', 'Baclofen', 'Muscle Relaxant'],
    ['Two refills of Ibuprofen 600mg #90', 'Ibuprofen', 'NSAID'],
    ['Three refills of Voltaren 75mg #60', 'Diclofenac', 'NSAID'],
    ['Oxycodone HCL ER 20mg #60 day supply: 30', 'Oxycodone', 'Opioids'],
    ['Ultram (tramadol) 50mg #90', 'Tramadol', 'Opioids'],
    ['Meloxicam (Mobic) 7.5mg #30', 'Meloxicam', 'NSAID'],
    ['Lorzone 750mg one by mouth three times a day #45', 'Chlorzoxazone', 'Muscle Relaxant'],
    ['Three months coverage of Viagra 50mg', 'Sildenafil', 'Impotence Agents'],
    ['Nortriptyline HCL 25mg, #30', 'Nortriptyline', 'Antidepressant'],
    ['Pantoprazole 40mg, one by mouth, twice a day #60 with one refill', 'Pantoprazole', 'Proton Pump Inhibitors'],
    ['Diazepam 5mg #10', 'Diazepam', 'Benzodiazepine'],
    ['Orphenadrine Citrate ER 100mg tabs #30', 'Orphenadrine', 'Muscle Relaxant'],
    // Combinations, whatever the order and separator; a 10/325 strength implies acetaminophen
    ['Hydrocodone/APAP 10/325mg #90', 'Hydrocodone/Acetaminophen', 'Opioids'],
    ['Acetaminophen/hydrocodone 5/325mg', 'Hydrocodone/Acetaminophen', 'Opioids'],
    ['Hydrocodone 10/325 mg #60', 'Hydrocodone/Acetaminophen', 'Opioids'],
    ['Tramadol 37.5/325mg #60', 'Tramadol/Acetaminophen', 'Opioids'],
    ['Ultracet 37.5/325mg #60', 'Tramadol/Acetaminophen', 'Opioids'],
    ['Post-op Percocet 5/325mg', 'Oxycodone/Acetaminophen', 'Opioids'],
    ['Tylenol #3 #60', 'Acetaminophen/Codeine', 'Opioids'],
    ['Diclofenac/misoprostol 75-0.2mg #60 with 2 refills', 'Diclofenac/Misoprostol', 'NSAID'],
    ['Suboxone 8/2mg #60', 'Buprenorphine/Naloxone', 'Opioids'],
    ['Fioricet #30', 'Butalbital/Acetaminophen/Caffeine', 'Barbiturates'],
    ['one month supply of Trezix capsule 320.5/30/16mg', 'Acetaminophen/Caffeine/Dihydrocodeine', 'Opioids'],
    // Several drugs with nothing topical about them: the first one named
    ['Norco or Percocet as needed', 'Hydrocodone/Acetaminophen', 'Opioids'],
    // Systemic patches are not topicals
    ['Fentanyl patch 25mcg/hr #10', 'Fentanyl', 'Opioids'],
    ['Butrans patch 10mcg/hr #4', 'Buprenorphine', 'Opioids'],
    // Drugs win over the surgical context
    ['Post-op Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs as needed', 'Hydrocodone/Acetaminophen', 'Opioids'],
    ['Post-op Zofran', 'Ondansetron', 'Antiemetic'],
    ['Post-op Colace 100mg #60, 1 tablet by mouth as needed', 'Docusate', 'GI Agents'],
    ['Associated surgical service: Post-op Ultram 50mg #60', 'Tramadol', 'Opioids'],
    // Medical foods and viscosupplements
    ['Theramine #90', 'Theramine', 'Nutritional Products'],
    ['Sentra PM #60', 'Sentra PM', 'Nutritional Products'],
    ['Gabadone #60', 'Gabadone', 'Nutritional Products'],
    ['Synvisc-One injection to the right knee', 'Hyaluronic acid', 'Viscosupplementation'],
    ['Series of three Orthovisc injections to the left knee', 'Hyaluronic acid', 'Viscosupplementation'],
    // Typos of six letters or more
    ['Cyclobenzaprin 7.5 mg #60', 'Cyclobenzaprine', 'Muscle Relaxant'],
    ['Tramdol 50mg #60', 'Tramadol', 'Opioids'],
    ['Omperazole 20mg', 'Omeprazole', 'Proton Pump Inhibitors'],
    ['Diazempam 5mg', 'Diazepam', 'Benzodiazepine'],
    // An unlisted generic by its USAN stem
    ['Ilaprazole 10mg #30', 'Ilaprazole', 'Proton Pump Inhibitors'],
    // A nasal or oral spray is taken up by the body, not applied to the skin
    ['Sumatriptan nasal spray 20mg #6', 'Sumatriptan', 'Antimigraine Agent'],
    ['Sprix nasal spray 15.75mg #5', 'Ketorolac', 'NSAID'],
    ['Miacalcin nasal spray 200 units', 'Calcitonin', 'Hormones'],
    ['Ondansetron oral spray #1', 'Ondansetron', 'Antiemetic'],
  ])('%s → %s', (request, generic, drugClass) => {
    expect(canonicaliseService(request)).toEqual(drug(generic, drugClass));
  });

  // One request per row reads as a table.
  // prettier-ignore
  it.each<[string, string, DrugClass, string]>([
    ['Flector 1.3% transdermal patch', 'Diclofenac topical', 'Topical Analgesics', 'Diclofenac'],
    ['Voltaren gel 1% #3 tubes', 'Diclofenac topical', 'Topical Analgesics', 'Diclofenac'],
    ['Diclofenac sodium 3% 300mg/g #1', 'Diclofenac topical', 'Topical Analgesics', 'Diclofenac'],
    ['Ketoprofen 20% cream', 'Ketoprofen topical', 'Topical Compounds', 'Ketoprofen'],
    ['Ketorolac spray to the affected area', 'Ketorolac topical', 'Topical Compounds', 'Ketorolac'],
  ])('topical form: %s → %s', (request, name, drugClass, generic) => {
    expect(canonicaliseService(request)).toEqual({
      name,
      category: 'Pharmaceuticals',
      subcategory: drugClass,
      drug: generic,
    });
  });

  // One request per row reads as a table.
  // prettier-ignore
  it.each<[string, string]>([
    [
      'Flurbiprofen 20%, Baclofen 5%, Dexamethasone 2%, Menthol 2%, Capsaicin 0.025% in cream base',
      'Baclofen/Capsaicin/Dexamethasone/Flurbiprofen/Menthol',
    ],
    ['Gabapentin 10%, Cyclobenzaprine 6%, Bupivacaine 5% in cream base', 'Bupivacaine/Cyclobenzaprine/Gabapentin'],
    [
      'One container of Flurbiprofen 10%, Cyclobenzaprine 3%, Gabapentin 6%, Lidocaine 5%/Dextromethorphan',
      'Cyclobenzaprine/Dextromethorphan/Flurbiprofen/Gabapentin/Lidocaine',
    ],
    ['Flurbiprofen/Cyclobenzaprine compound cream 180gm', 'Cyclobenzaprine/Flurbiprofen'],
    ['Cyclobenzaprine 2%, Flurbiprofen 25% 180gm', 'Cyclobenzaprine/Flurbiprofen'],
    // Branded products of several actives are the same compounds
    ['Terocin patch #30', 'Capsaicin/Lidocaine/Menthol/Methyl salicylate'],
    ['Retrospective Lidopro 4%-27.5%-0.0325% 121gm #1, per 12/07/2016 order', 'Capsaicin/Lidocaine/Menthol/Methyl salicylate'],
    ['Menthoderm gel 120gm', 'Menthol/Methyl salicylate'],
    ['Salonpas pad #60', 'Menthol/Methyl salicylate'],
  ])('compound: %s → %s', (request, actives) => {
    expect(canonicaliseService(request)).toEqual(drug(actives, 'Topical Compounds'));
  });

  it('names drugs of unknown class as written, without guessing a class or generic', () => {
    expect(canonicaliseService('Zylofrex 10mg #30')).toEqual({
      name: 'Zylofrex',
      category: 'Pharmaceuticals',
      subcategory: null,
      drug: null,
    });
  });

  it('keeps drug-kind placeholders in their class with no generic', () => {
    expect(canonicaliseService('Pain Cream')).toEqual({
      name: 'Topical analgesic',
      category: 'Pharmaceuticals',
      subcategory: 'Topical Analgesics',
      drug: null,
    });
    expectService(
      'Compounded topical analgesic cream',
      'Compounded topical',
      'Pharmaceuticals',
      'Topical Compounds',
    );
    expectService('Muscle relaxant', 'Muscle relaxant', 'Pharmaceuticals', 'Muscle Relaxant');
  });

  it('does not read English words as misspelt drugs', () => {
    for (const request of [
      'Psychological evaluation for ability to work',
      'Reflex testing',
      'Cortex',
    ]) {
      expect(canonicaliseService(request).category).not.toBe('Pharmaceuticals');
    }
  });
});

describe('canonicaliseService: services', () => {
  // One request per row reads as a table.
  // prettier-ignore
  it.each<Row>([
    // Diagnostic testing
    ['MRI of the right shoulder without contrast', 'MRI', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['MRI Updated C/S', 'MRI', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['Magnetic resonance imaging (MRI) of the right shoulder', 'MRI', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['MRI/CT of the spine and pelvis', 'MRI', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['MR Arthrogram of the right shoulder', 'MR arthrogram', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['Cervical CT scan', 'CT scan', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['X-rays of the lumbar spine', 'X-ray', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['One (1) x-ray of the thoracic spine', 'X-ray', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['Three phase bone scan to the left foot', 'Bone scan', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['Ultrasound of the right shoulder', 'Ultrasound', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['EMG/NCV of the lower extremities', 'EMG/NCV', 'Diagnostic Testing', 'EMG/NCV/NCS'],
    ['NCS/EMG RUE', 'EMG/NCV', 'Diagnostic Testing', 'EMG/NCV/NCS'],
    ['EMG and NCS of the right lower extremity', 'EMG/NCV', 'Diagnostic Testing', 'EMG/NCV/NCS'],
    ['EMG of the left upper extremity', 'EMG', 'Diagnostic Testing', 'EMG/NCV/NCS'],
    ['Nerve Conduction Study of the right upper extremity', 'Nerve conduction study', 'Diagnostic Testing', 'EMG/NCV/NCS'],
    ['SSEP of the lumbar and lower extremities', 'Evoked potentials', 'Diagnostic Testing', 'EMG/NCV/NCS'],
    ['Urine Test', 'Urine drug screen', 'Diagnostic Testing', 'Lab & Pathology'],
    ['Retrospective urine drug screen (DOS 10/12/15)', 'Urine drug screen', 'Diagnostic Testing', 'Lab & Pathology'],
    ['Urine drug screen for opiates and benzodiazepines', 'Urine drug screen', 'Diagnostic Testing', 'Lab & Pathology'],
    ['Genetic testing for opioid abuse risk', 'Genetic testing', 'Diagnostic Testing', 'Lab & Pathology'],
    ['Labs: CBC, CMP, hepatic function panel', 'Lab tests', 'Diagnostic Testing', 'Lab & Pathology'],
    ['Labs to include: EKG', 'EKG', 'Diagnostic Testing', 'Other Diagnostic Tests'],
    ['Labs to include: Chest X-ray', 'Chest X-ray', 'Diagnostic Testing', 'Imaging/Radiology'],
    ['Electroencephalogram', 'EEG', 'Diagnostic Testing', 'Other Diagnostic Tests'],
    ['Functional capacity evaluation', 'Functional capacity evaluation', 'Diagnostic Testing', 'Other Diagnostic Tests'],
    ['Trigger points impedance imaging (TPII)', 'Trigger point impedance imaging', 'Diagnostic Testing', 'Other Diagnostic Tests'],
    ['Sleep study', 'Sleep study', 'Diagnostic Testing', 'Other Diagnostic Tests'],
    // Rehabilitation
    ['Physical therapy 2-3 times a week for 6 weeks', 'Physical therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['Post injection physical therapy (PT) times 8', 'Physical therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['Two physical therapy sessions for the lumbar', 'Physical therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['PT/OT 18 sessions left hand, right lower leg', 'Physical therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['PT 3x4 right shoulder', 'Physical therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['Physical therapy evaluation, cervical and thoracic spine', 'Physical therapy evaluation', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['Occupational therapy 2x3 right hand', 'Occupational therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['continuation for left hand therapy for 6 sessions', 'Hand therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['Aquatic therapy 2x4 weeks', 'Aquatic therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['Chiropractic treatment x three', 'Chiropractic manipulation', 'Rehabilitation', 'Chiropractic'],
    ['Chirophysio therapy for the cervical spine, thoracic spine, and lumbar spine, 2 sessions', 'Chiropractic manipulation', 'Rehabilitation', 'Chiropractic'],
    ['Spinal manipulation therapy 2 times a week for 4 weeks', 'Chiropractic manipulation', 'Rehabilitation', 'Chiropractic'],
    ['Referral to chiropractor for evaluation of low back pain and left groin pain, twice a week for 3 weeks', 'Chiropractic manipulation', 'Rehabilitation', 'Chiropractic'],
    ['Re-exam with chiropractor for the lumbar spine flare-up', 'Chiropractic evaluation', 'Rehabilitation', 'Chiropractic'],
    ['Acupuncture for Low Back, 6 sessions', 'Acupuncture', 'Rehabilitation', 'Acupuncture'],
    ['Lumbar Acupuncture 2x3', 'Acupuncture', 'Rehabilitation', 'Acupuncture'],
    ['Electro acupuncture to the low back two times a week times six weeks', 'Acupuncture', 'Rehabilitation', 'Acupuncture'],
    ['Twelve acupuncture visits with Capsaicin patch, 2 times weekly for 6 weeks', 'Acupuncture', 'Rehabilitation', 'Acupuncture'],
    ['Infrared heat to the low back two times a week times six weeks', 'Infrared therapy', 'Rehabilitation', 'Other Therapies'],
    ['Myofascial release to the low back two times a week times six weeks', 'Myofascial release', 'Rehabilitation', 'Other Therapies'],
    ['Massage therapy 6 sessions', 'Massage therapy', 'Rehabilitation', 'Other Therapies'],
    ['Pulsed Ultrasound 2 times a week for 4 weeks', 'Ultrasound therapy', 'Rehabilitation', 'Other Therapies'],
    ['Electrical Muscle Stimulation 2 times a week for 4 weeks', 'Electrical stimulation', 'Rehabilitation', 'Other Therapies'],
    ['Retrospective E-stim (DOS 12/29/16)', 'Electrical stimulation', 'Rehabilitation', 'Other Therapies'],
    ['Spinolator therapy (traction) times 6', 'Traction', 'Rehabilitation', 'Other Therapies'],
    ['Ice/Heat pads therapy times 6', 'Hot/cold therapy', 'Rehabilitation', 'Other Therapies'],
    ['Unknown shockwave treatments', 'Extracorporeal shockwave therapy', 'Rehabilitation', 'Other Therapies'],
    ['Localized intense neurostimulation therapy [following TPII]', 'Localized intense neurostimulation therapy', 'Rehabilitation', 'Other Therapies'],
    // Injections
    ['Cadual Epidural Steroid Injection', 'Epidural steroid injection', 'Injection', 'Injection'],
    ['Right L5-S1 epidural steroid injection', 'Epidural steroid injection', 'Injection', 'Injection'],
    ['Lumbar Spine Epidural Injection at L4-5 under fluoroscopy', 'Epidural steroid injection', 'Injection', 'Injection'],
    ['Bilateral L5-S1 transforaminal ESI', 'Epidural steroid injection', 'Injection', 'Injection'],
    ['Lumbar facet injection L4-5, L5-S1 bilateral', 'Facet injection', 'Injection', 'Facet Injection'],
    ['Bilateral L3, L4, L5 medial branch blocks', 'Medial branch block', 'Injection', 'Facet Injection'],
    ['Radiofrequency ablation bilateral L4-5, L5-S1', 'Radiofrequency ablation', 'Injection', 'Facet Injection'],
    ['Lumbar rhizotomy bilateral L3-S1', 'Radiofrequency ablation', 'Injection', 'Facet Injection'],
    ['Trigger point injections x 4', 'Trigger point injection', 'Injection', 'Injection'],
    ['One platelet-rich plasma injection to the right knee', 'Platelet-rich plasma injection', 'Injection', 'Injection'],
    ['Retrospective injection 5cc of lidocaine hcl 1percent and 1cc of dexamethasone 120mg to the right knee', 'Corticosteroid injection', 'Injection', 'Injection'],
    ['Cortisone injection right shoulder', 'Corticosteroid injection', 'Injection', 'Injection'],
    ['Toradol 60mg IM injection', 'Ketorolac injection', 'Injection', 'Injection'],
    ['Subacromial injection right shoulder', 'Joint injection', 'Injection', 'Injection'],
    ['Neuroplasty, lumbar spine', 'Epidural adhesiolysis', 'Injection', 'Injection'],
    ['Greater occipital nerve block', 'Occipital nerve block', 'Injection', 'Injection'],
    ['Sacroiliac joint injection right', 'Sacroiliac joint injection', 'Injection', 'Injection'],
    // DMEPOS
    ['TENS unit', 'TENS unit', 'DMEPOS', 'Electrical Stimulation'],
    ['Retrospective TENS unit, purchase, lumbar spine, left hip, lower leg, and knee (DOS 12/29/16)', 'TENS unit', 'DMEPOS', 'Electrical Stimulation'],
    ['TENS unit supplies (electrodes, batteries)', 'TENS supplies', 'DMEPOS', 'Supplies'],
    ['H-wave unit home use', 'H-wave unit', 'DMEPOS', 'Electrical Stimulation'],
    ['Interferential unit 30 day rental', 'Interferential unit', 'DMEPOS', 'Electrical Stimulation'],
    ['Inferential unit 30 day trial', 'Interferential unit', 'DMEPOS', 'Electrical Stimulation'],
    ['Inferential stimulation x 6 in office', 'Electrical stimulation', 'Rehabilitation', 'Other Therapies'],
    ['Cold therapy unit 7 day rental', 'Cold therapy unit', 'DMEPOS', 'DME'],
    ['Hot/cold therapy wrap', 'Hot/cold pack', 'DMEPOS', 'DME'],
    ['Custom touch back heat therapy pad', 'Hot/cold pack', 'DMEPOS', 'DME'],
    ['Back support', 'Back brace', 'DMEPOS', 'Prosthetics/Orthotics'],
    ['Lumbar support', 'Back brace', 'DMEPOS', 'Prosthetics/Orthotics'],
    ['Wrist braces #2', 'Wrist brace', 'DMEPOS', 'Prosthetics/Orthotics'],
    ['Elbow braces #2', 'Elbow brace', 'DMEPOS', 'Prosthetics/Orthotics'],
    ['Bilateral hearing aids', 'Hearing aids', 'DMEPOS', 'Prosthetics/Orthotics'],
    ['Cervical pillow', 'Pillow', 'DMEPOS', 'DME'],
    ['standard wheelchair for a 2 month rental', 'Wheelchair', 'DMEPOS', 'DME'],
    ['Front wheeled walker', 'Walker', 'DMEPOS', 'DME'],
    ['1 knee scooter', 'Knee scooter', 'DMEPOS', 'DME'],
    ['purchase of a bedside 3 in 1 commode', 'Commode', 'DMEPOS', 'DME'],
    ['purchase of a bath/shower chair', 'Bath/shower chair', 'DMEPOS', 'DME'],
    ['Hospital bed for an unspecified rental', 'Hospital bed', 'DMEPOS', 'DME'],
    ['Sit-stand workstation', 'Ergonomic equipment', 'DMEPOS', 'DME'],
    ['Large gloves', 'Gloves', 'DMEPOS', 'Supplies'],
    ['Hygiene wipes', 'Hygiene supplies', 'DMEPOS', 'Supplies'],
    // Surgery
    ['Right shoulder arthroscopy RCR (rotator cuff repair) and decompression', 'Shoulder arthroscopy', 'Surgery', 'Arthroscopic Surgery'],
    ['Left shoulder arthroscopy with Bankart repair, possible biceps tenodesis', 'Shoulder arthroscopy', 'Surgery', 'Arthroscopic Surgery'],
    ['Arthroscopy of the left knee', 'Knee arthroscopy', 'Surgery', 'Arthroscopic Surgery'],
    ['Right knee arthroscopy with partial medial meniscectomy', 'Knee arthroscopy', 'Surgery', 'Arthroscopic Surgery'],
    ['L4-L5, L5-S1 posterior lumbar interbody fusion', 'Spinal fusion', 'Surgery', 'Spine'],
    ['Anterior cervical discectomy and fusion C5-6', 'Spinal fusion', 'Surgery', 'Spine'],
    ['Microdiscectomy L5-S1', 'Discectomy', 'Surgery', 'Spine'],
    ['Lumbar laminectomy and discectomy L4-5', 'Laminectomy', 'Surgery', 'Spine'],
    ['Right hip labral repair', 'Hip arthroscopy', 'Surgery', 'Arthroscopic Surgery'],
    ['Right ankle lateral ligament reconstruction', 'Foot and ankle surgery', 'Surgery', 'Non-arthroscopic Surgery'],
    ['Lumbar decompression L4-5', 'Laminectomy', 'Surgery', 'Spine'],
    ['Spinal cord stimulator trial', 'Spinal cord stimulator trial', 'Surgery', 'Spine'],
    ['Right carpal tunnel release', 'Carpal tunnel release', 'Surgery', 'Non-arthroscopic Surgery'],
    ['Endoscopic carpal tunnel release', 'Carpal tunnel release', 'Surgery', 'Non-arthroscopic Surgery'],
    ['Total knee arthroplasty right', 'Knee replacement', 'Surgery', 'Non-arthroscopic Surgery'],
    ['Right trigger finger release', 'Trigger finger release', 'Surgery', 'Non-arthroscopic Surgery'],
    ['Follow Up with Spine Surgeon', 'Surgical consultation', 'Surgery', 'Surgical Consult'],
    ['TOC to ortho spine surgeon eval and treatment', 'Surgical consultation', 'Surgery', 'Surgical Consult'],
    ['Spine surgery evaluation for the lumbar', 'Surgical consultation', 'Surgery', 'Surgical Consult'],
    // Adjunct surgical services and the surgical context
    ['Assistant surgeon', 'Assistant surgeon', 'Surgery', 'Adjunct Surgical Services'],
    ['Assistant PA', 'Assistant surgeon', 'Surgery', 'Adjunct Surgical Services'],
    ['Pre-op Clearance', 'Pre-operative medical clearance', 'Surgery', 'Adjunct Surgical Services'],
    ['Medical Clearance', 'Pre-operative medical clearance', 'Surgery', 'Adjunct Surgical Services'],
    ['Preoperative Medical Clearance', 'Pre-operative medical clearance', 'Surgery', 'Adjunct Surgical Services'],
    ['Associated surgical service: Cold therapy unit', 'Post-operative cold therapy unit', 'Surgery', 'Adjunct Surgical Services'],
    ['Associated surgical service: Cold compression therapy 30 day rental', 'Post-operative cold therapy unit', 'Surgery', 'Adjunct Surgical Services'],
    ['Associated surgical service: Cryotherapy unit, seven day use', 'Post-operative cold therapy unit', 'Surgery', 'Adjunct Surgical Services'],
    ['Associated surgical service: Cold therapy for one week', 'Post-operative cold therapy unit', 'Surgery', 'Adjunct Surgical Services'],
    ['Associated surgical service: Shoulder sling with abduction pillow', 'Post-operative shoulder sling', 'Surgery', 'Adjunct Surgical Services'],
    ['Associated surgical service: Slingshot sling', 'Post-operative shoulder sling', 'Surgery', 'Adjunct Surgical Services'],
    ['Associated surgical service: Shoulder Brace', 'Post-operative shoulder brace', 'Surgery', 'Adjunct Surgical Services'],
    ['Associated surgical service: 1 day inpatient stay', 'Inpatient stay', 'Surgery', 'Adjunct Surgical Services'],
    ['Post-operative cold therapy unit rental x 7 days', 'Post-operative cold therapy unit', 'Surgery', 'Adjunct Surgical Services'],
    ['Pre-operative EKG', 'Pre-operative EKG', 'Surgery', 'Adjunct Surgical Services'],
    ['Pre-op chest x-ray', 'Pre-operative chest X-ray', 'Surgery', 'Adjunct Surgical Services'],
    ['Pre-op labs: CBC', 'Pre-operative lab tests', 'Surgery', 'Adjunct Surgical Services'],
    ['Pre-operative PT/PTT', 'Pre-operative lab tests', 'Surgery', 'Adjunct Surgical Services'],
    ['Pre-op urinalysis', 'Pre-operative urinalysis', 'Surgery', 'Adjunct Surgical Services'],
    // ... but a post-op course of therapy is Rehabilitation
    ['Post-op physical therapy 2 times a week for 4 weeks', 'Physical therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['Associated surgical service: Physical therapy, times 12', 'Physical therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['Associated surgical service: Physical Therapy sessions, 12', 'Physical therapy', 'Rehabilitation', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    // Evaluation & management, psych
    ['Follow up PRN', 'Office visit', 'Evaluation & Management', 'Medical Specialties'],
    ['Follow up office visit times 2', 'Office visit', 'Evaluation & Management', 'Medical Specialties'],
    ['Pain management second opinion for Cortisone injection in low back', 'Pain management consultation', 'Evaluation & Management', 'Medical Specialties'],
    ['Referral to neurologist', 'Neurology consultation', 'Evaluation & Management', 'Medical Specialties'],
    ['Internal medicine evaluation and treatment', 'Internal medicine consultation', 'Evaluation & Management', 'Medical Specialties'],
    ['Occupational medicine follow up', 'Occupational medicine consultation', 'Evaluation & Management', 'Medical Specialties'],
    ['Dental evaluation', 'Dental evaluation', 'Evaluation & Management', 'Dental Services'],
    ['Psychiatric consultation for Cymbalta management', 'Psychiatric consultation', 'Psych Services', 'Evaluation & Management'],
    ['Pain management consultation for Norco refills', 'Pain management consultation', 'Evaluation & Management', 'Medical Specialties'],
    ['Comprehensive psychological testing', 'Psychological evaluation', 'Psych Services', 'Evaluation & Management'],
    ['Psychological clearance for spinal cord stimulator trial', 'Psychological evaluation', 'Psych Services', 'Evaluation & Management'],
    ['Cognitive behavioral therapy 6 sessions', 'Psychotherapy', 'Psych Services', 'Therapies'],
    ['Biofeedback 6 sessions', 'Biofeedback', 'Psych Services', 'Therapies'],
    ['Partial Hospitalization day treatment', 'Partial hospitalization program', 'Psych Services', 'Therapies'],
    // Programs, home health, transportation
    ['Functional restoration program 160 hours', 'Functional restoration program', 'Programs', 'Programs'],
    ['Work hardening program 10 sessions', 'Work hardening', 'Programs', 'Programs'],
    ['Gym membership', 'Gym membership', 'Programs', 'Programs'],
    ['Medically supervised weight loss program', 'Weight loss program', 'Programs', 'Programs'],
    ['Acute inpatient rehabilitation physical therapy and occupational therapy 7-10 days for left foot fracture', 'Inpatient rehabilitation', 'Programs', 'Programs'],
    ['Home aide 6 hours per day, 5 times a week for 4 weeks to assist with mobility, transfer, ADL\'s and safety in the home when wife is working', 'Home health aide', 'Home Health', 'Home Health'],
    ['Daily RN for 4 weeks for wound care and monitoring of wound healing and home safety, medication management', 'Home nursing', 'Home Health', 'Home Health'],
    ['Home health care 4 hours per day, 5 days per week', 'Home health care', 'Home Health', 'Home Health'],
    ['Transportation to/from all medical appointments', 'Transportation', 'Transportation', 'Transportation'],
  ])('%s → %s', expectService);

  it('corrects a one-letter typo in a service word when nothing else matches', () => {
    expectService('Acupunture 2x4', 'Acupuncture', 'Rehabilitation', 'Acupuncture');
    expectService(
      'Physcial therapy 2x6',
      'Physical therapy',
      'Rehabilitation',
      'Physical Therapy/Occupational Therapy (PT/OT)',
    );
  });

  it('names a test around a surgery pre-operative unless the request says post-op', () => {
    const adjunct = { category: 'Surgery', subcategory: 'Adjunct Surgical Services', drug: null };
    expect(canonicaliseService('Associated surgical service: EKG')).toEqual({
      name: 'Pre-operative EKG',
      ...adjunct,
    });
    expect(canonicaliseService('Associated surgical service: Post-op EKG')).toEqual({
      name: 'Post-operative EKG',
      ...adjunct,
    });
  });

  it('treats an item that follows from a surgery as surgical (`Labs to include: EKG`)', () => {
    expect(canonicaliseService('Labs to include: EKG').name).toBe('EKG');
    expect(canonicaliseService('Labs to include: EKG', { surgery: true })).toEqual({
      name: 'Pre-operative EKG',
      category: 'Surgery',
      subcategory: 'Adjunct Surgical Services',
      drug: null,
    });
    expect(canonicaliseService('Labs to include: Chest X-ray', { surgery: true }).name).toBe(
      'Pre-operative chest X-ray',
    );
    // A course of therapy or a drug stays what it is.
    expect(
      canonicaliseService('Physical therapy 2 times a week for 4 weeks', { surgery: true })
        .category,
    ).toBe('Rehabilitation');
    expect(canonicaliseService('Norco 5/325mg #60', { surgery: true }).category).toBe(
      'Pharmaceuticals',
    );
  });

  it('returns an uncategorised service named by the request core words when nothing matches', () => {
    expect(canonicaliseService('Retrospective Zorblatt for the right knee, 6 sessions')).toEqual({
      name: 'zorblatt',
      category: null,
      subcategory: null,
      drug: null,
    });
  });
});

describe('service vocabularies', () => {
  it('uses only the taxonomy categories and their own subcategories', () => {
    for (const entry of SERVICES) {
      const allowed: readonly (string | null)[] = [
        ...SERVICE_TAXONOMY[entry.category as ServiceCategory],
        ...(entry.category === 'Pharmaceuticals' ? [null] : []),
      ];
      expect(allowed).toContain(entry.subcategory);
    }
  });

  it('gives every service name one category, including the drugs and the perioperative names', () => {
    const seen = new Map<string, string>();
    const claim = (name: string, where: string) => {
      const before = seen.get(name.toLowerCase());
      if (before !== undefined) expect(`${name}: ${where}`).toBe(`${name}: ${before}`);
      seen.set(name.toLowerCase(), where);
    };
    for (const entry of SERVICES) claim(entry.name, `${entry.category}/${entry.subcategory}`);
    const lowerFirst = (name: string) =>
      /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
    for (const entry of SERVICES.filter((e) => e.perioperative)) {
      for (const prefix of ['Pre-operative', 'Post-operative']) {
        claim(`${prefix} ${lowerFirst(entry.name)}`, 'Surgery/Adjunct Surgical Services');
      }
    }
    for (const spec of [...listDrugs(), ...COMBINATIONS]) {
      if ('actives' in spec && spec.actives !== undefined) continue;
      claim(spec.generic, `Pharmaceuticals/${spec.drugClass}`);
    }
  });

  it('lists every drug class of the taxonomy and only those', () => {
    expect(Object.keys(DRUGS_BY_CLASS).sort()).toEqual([...DRUG_CLASSES].sort());
  });

  it('maps every drug name to one product', () => {
    const owner = new Map<string, string>();
    const names = [
      ...listDrugs().map((d) => ({
        generic: d.generic,
        names: [d.generic, ...(d.synonyms ?? []), ...(d.topicalBrands ?? [])],
      })),
      ...COMBINATIONS.map((c) => ({
        generic: c.generic,
        names: [c.generic, ...(c.synonyms ?? [])],
      })),
    ];
    for (const { generic, names: all } of names) {
      for (const name of all) {
        const key = tokenise(name).join(' ');
        const before = owner.get(key);
        if (before !== undefined && before !== generic)
          expect(`${key} → ${generic}`).toBe(`${key} → ${before}`);
        owner.set(key, generic);
      }
    }
  });

  it('builds combinations and branded compounds from listed single drugs', () => {
    const singles = new Set(
      listDrugs()
        .filter((d) => d.actives === undefined)
        .map((d) => d.generic),
    );
    for (const active of [
      ...COMBINATIONS.flatMap((c) => c.of),
      ...listDrugs().flatMap((d) => d.actives ?? []),
    ]) {
      expect(singles).toContain(active);
    }
  });
});
