/** The confirm page for an email; `kept` says the code already sent still works. */
export function codeStepPath(page: string, emailId: string, kept: boolean): string {
  return `${page}?e=${emailId}${kept ? "&fortsatt=1" : ""}`;
}
