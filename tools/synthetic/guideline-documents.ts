/** The guideline documents synthetic letters cite: MTUS documents by key, ODG chapters. */
export type MtusDocumentKey =
  | 'chronicPain'
  | 'acupuncture'
  | 'opioids'
  | 'postsurgical'
  | 'general'
  | 'neck'
  | 'shoulder'
  | 'elbow'
  | 'hand'
  | 'lowBack'
  | 'knee'
  | 'ankle'
  | 'stress';

export interface MtusDocument {
  /** As the letters write it, before the edition. */
  text: string;
  canonical: string;
  edition: string;
}

export const MTUS_DOCUMENTS: Readonly<Record<MtusDocumentKey, MtusDocument>> = {
  chronicPain: {
    text: 'Chronic Pain Medical Treatment',
    canonical: 'Chronic Pain Medical Treatment Guidelines',
    edition: '2016',
  },
  acupuncture: {
    text: 'Acupuncture Treatment',
    canonical: 'Acupuncture Medical Treatment Guidelines',
    edition: '2007',
  },
  opioids: { text: 'Opioid Treatment', canonical: 'Opioids Treatment Guidelines', edition: '2016' },
  postsurgical: {
    text: 'Postsurgical Treatment',
    canonical: 'Postsurgical Treatment Guidelines',
    edition: '2009',
  },
  general: { text: 'General Approaches', canonical: 'General Approaches', edition: '2004' },
  neck: {
    text: 'Neck and Upper Back Complaints',
    canonical: 'Neck and Upper Back Complaints',
    edition: '2004',
  },
  shoulder: { text: 'Shoulder Complaints', canonical: 'Shoulder Complaints', edition: '2004' },
  elbow: { text: 'Elbow Complaints', canonical: 'Elbow Disorders', edition: '2007' },
  hand: {
    text: 'Forearm, Wrist, and Hand Complaints',
    canonical: 'Forearm, Wrist, and Hand Complaints',
    edition: '2004',
  },
  lowBack: { text: 'Low Back Complaints', canonical: 'Low Back Complaints', edition: '2004' },
  knee: { text: 'Knee Complaints', canonical: 'Knee Complaints', edition: '2004' },
  ankle: {
    text: 'Ankle and Foot Complaints',
    canonical: 'Ankle and Foot Complaints',
    edition: '2004',
  },
  stress: {
    text: 'Stress Related Conditions',
    canonical: 'Stress Related Conditions',
    edition: '2004',
  },
};

/** ODG chapters; the canonical chapter name is the first entry of the citation's `sections`. */
export type OdgChapter =
  | 'Low Back'
  | 'Neck and Upper Back'
  | 'Pain'
  | 'Shoulder'
  | 'Elbow'
  | 'Forearm, Wrist & Hand'
  | 'Hip & Pelvis'
  | 'Knee & Leg'
  | 'Ankle & Foot'
  | 'Head'
  | 'Fitness for Duty'
  | 'Mental Illness & Stress';
