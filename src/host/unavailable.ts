import type { HostError, ReportHost } from './contract';

/** A host for a pane that could not connect: every call fails with the reason it could not. */
export function unavailableHost(error: HostError): ReportHost {
  const fail = () => Promise.reject(error);
  return {
    readDocument: fail,
    insertScaffold: fail,
    selectBlock: fail,
    selectWords: fail,
    renumberHeading: fail,
    insertLinkedText: fail,
    insertLinkedTable: fail,
    updateLinks: fail,
    unlinkLinks: fail,
    updateContents: fail,
    documentSetting: () => {
      throw error;
    },
    saveDocumentSetting: fail,
  };
}
