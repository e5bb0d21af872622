// The ads and inferences files of an export (see catalogue.ts).
import type { CsvFileSpec } from './spec.js';
import { describeRow, joinNonEmpty, section } from './spec.js';
import { slashYmd } from '../text/export-dates.js';

export const AD_SPECS: CsvFileSpec[] = [
  section(
    { type: 'ad-targeting', label: 'Ad targeting', category: 'ads-and-inferences', names: ['ad_targeting', 'adtargeting'], signatures: [['Member Age'], ['Age Group'], ['Company Names'], ['Member Skills']] },
    (row) => ({ text: describeRow(row) }),
  ),
  section(
    { type: 'ads-clicked', label: 'Ads clicked', category: 'ads-and-inferences', names: ['ads_clicked'], signatures: [['Ad clicked Date'], ['Ad Title/Id']], dateColumns: ['Ad clicked Date'], parseDate: slashYmd },
    (row) => ({ text: `Clicked ad ${row.get('Ad Title/Id')}` }),
  ),
  section(
    { type: 'lan-ads-engagement', label: 'Audience-network ad engagement', category: 'ads-and-inferences', names: ['lan_ads_engagement'], signatures: [['Action', 'Ad Title/Id']], dateColumns: ['Date'], parseDate: slashYmd },
    (row) => ({ text: joinNonEmpty([row.get('Action'), row.get('Ad Title/Id'), row.get('Page/App')], ' ') }),
  ),
  section(
    { type: 'inferences', label: 'Inferences about you', category: 'ads-and-inferences', names: ['inferences_about_you'], signatures: [['Type of inference', 'Inference'], ['Category', 'Inference']] },
    (row) => ({ title: row.get('Type of inference'), text: joinNonEmpty([row.get('Category'), row.get('Type of inference'), row.get('Description'), row.get('Inference')], ' · ') }),
  ),
];
