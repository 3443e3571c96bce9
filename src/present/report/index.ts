export { writeReport, type ReportOptions, type ReportSummary } from './write-report.js';
export { reportCommand, runReportCommand, type ReportCommandOptions } from './command.js';
