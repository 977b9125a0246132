// The diagnostic types now live in ./diagnostic; kept while the data readers move over.
export { SEVERITY_ORDER, type Finding, type Severity, type UnlocalizedFinding } from './diagnostic';
