/** How SWF names a domain or type it does not have (moto and LocalStack too): not one of the kit's not-found names. */
export const UNKNOWN = ['UnknownResourceFault'];

/** SWF's names for a change that is made already: deprecating what is deprecated, undeprecating what is registered. */
export const DEPRECATED = ['DomainDeprecatedFault', 'TypeDeprecatedFault'];
export const REGISTERED = ['DomainAlreadyExistsFault', 'TypeAlreadyExistsFault'];
