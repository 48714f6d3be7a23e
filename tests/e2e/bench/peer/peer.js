// The peer questionnaire: Shorewise's steps (company, goals, processes, risk, review)
// as a SurveyJS survey, for the benchmark to load beside the app. It marks
// `peer:interactive` once the survey is rendered and can be answered.
const COUNTRIES = ['Argentina', 'Australia', 'Austria', 'Belgium', 'Brazil', 'Bulgaria', 'Canada', 'Chile', 'China', 'Colombia', 'Costa Rica', 'Croatia', 'Czechia', 'Denmark', 'Egypt', 'Estonia', 'Finland', 'France', 'Germany', 'Greece', 'Hungary', 'India', 'Indonesia', 'Ireland', 'Israel', 'Italy', 'Japan', 'Kenya', 'Latvia', 'Lithuania', 'Malaysia', 'Mexico', 'Morocco', 'Netherlands', 'New Zealand', 'Nigeria', 'Norway', 'Pakistan', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Romania', 'Serbia', 'Singapore', 'Slovakia', 'South Africa', 'South Korea', 'Spain', 'Sri Lanka', 'Sweden', 'Switzerland', 'Thailand', 'Turkey', 'Ukraine', 'United Kingdom', 'United States', 'Vietnam'];
const PROCESSES = ['Payroll', 'Accounts payable', 'Accounts receivable', 'General ledger and close', 'Expense reports', 'Procurement', 'Tax compliance', 'Financial planning and analysis', 'Customer service', 'Technical support', 'Sales development', 'Order management', 'Claims processing', 'Data entry', 'Document processing', 'IT helpdesk', 'Infrastructure management', 'Application maintenance', 'Software development', 'Quality assurance and testing', 'Cybersecurity monitoring', 'Recruiting', 'Onboarding', 'Benefits administration', 'Training', 'Contract review', 'Legal research', 'Compliance monitoring', 'Market research', 'Data analytics', 'Content moderation', 'Social media', 'Marketing operations', 'Logistics coordination', 'Inventory management', 'Facilities management', 'Translation', 'Transcription', 'Research and development', 'Product design'];
const GOALS = ['Cost reduction', 'Focus on the core business', 'Access to expertise', 'Scalability', 'Speed to market', 'Quality', 'Round-the-clock coverage', 'New markets'];
const LEVELS = ['Low', 'Medium', 'High'];

const survey = new Survey.Model({
  title: 'Outsourcing advisor',
  showProgressBar: 'top',
  progressBarType: 'pages',
  pages: [
    {
      name: 'company',
      title: 'Your company',
      elements: [
        { type: 'text', name: 'name', title: 'Company name (optional)' },
        { type: 'dropdown', name: 'industry', title: 'Industry', choices: ['Retail', 'Manufacturing', 'Financial services', 'Healthcare', 'Technology', 'Public sector', 'Other'], defaultValue: 'Retail' },
        { type: 'radiogroup', name: 'size', title: 'Company size', choices: ['Small (under 50)', 'Medium (50–249)', 'Large (250–4,999)', 'Enterprise (5,000+)'], defaultValue: 'Medium (50–249)' },
        { type: 'dropdown', name: 'home', title: 'Home country', choices: COUNTRIES, defaultValue: 'United States' },
        { type: 'text', name: 'start', title: 'Working day starts', inputType: 'number', min: 0, max: 23, defaultValue: 9 },
        { type: 'text', name: 'end', title: 'Working day ends', inputType: 'number', min: 1, max: 24, defaultValue: 17 },
        { type: 'checkbox', name: 'languages', title: 'Customer languages', choices: ['English', 'Spanish', 'German', 'French', 'Portuguese', 'Other'], defaultValue: ['English'] },
      ],
    },
    {
      name: 'goals',
      title: 'What you want from it',
      elements: GOALS.map((g, i) => ({ type: 'rating', name: `goal${i}`, title: g, rateMin: 0, rateMax: 5, defaultValue: 2 })),
    },
    {
      name: 'processes',
      title: 'Your processes',
      elements: [
        { type: 'checkbox', name: 'processes', title: 'Which processes do you run?', choices: PROCESSES, colCount: 2, isRequired: true },
        {
          type: 'matrixdynamic',
          name: 'details',
          title: 'Each chosen process',
          rowCount: 0,
          columns: [
            { name: 'process', cellType: 'dropdown', choices: PROCESSES },
            { name: 'role', cellType: 'dropdown', choices: ['Differentiating', 'Critical', 'Supporting'] },
            { name: 'fte', cellType: 'text', inputType: 'number' },
          ],
        },
      ],
    },
    {
      name: 'risk',
      title: 'Risk and constraints',
      elements: [
        { type: 'radiogroup', name: 'tolerance', title: 'Risk tolerance', choices: LEVELS, defaultValue: 'Medium' },
        { type: 'radiogroup', name: 'residency', title: 'Where may the data go?', choices: ['Anywhere', 'Home region only', 'Home country only'], defaultValue: 'Anywhere' },
        { type: 'checkbox', name: 'regulations', title: 'Regulations', choices: ['GDPR', 'HIPAA', 'PCI DSS', 'SOX', 'Other'] },
        { type: 'radiogroup', name: 'dependency', title: 'Tolerance of vendor dependency', choices: LEVELS, defaultValue: 'Medium' },
        { type: 'radiogroup', name: 'vendors', title: 'Vendor management capability', choices: LEVELS, defaultValue: 'Medium' },
        { type: 'radiogroup', name: 'automation', title: 'Automation capability', choices: LEVELS, defaultValue: 'Medium' },
      ],
    },
    {
      name: 'review',
      title: 'Review',
      elements: [{ type: 'html', name: 'summary', html: '<p>Check your answers, then see the recommendations.</p>' }],
    },
  ],
});
survey.onAfterRenderSurvey.add(() => performance.mark('peer:interactive'));
SurveyUI.renderSurvey(survey, document.getElementById('survey'));
