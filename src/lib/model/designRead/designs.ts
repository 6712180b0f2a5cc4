/** The hypervisor designs the designRead machine plays a read in; apart from the machine so pages can name them without XState. */
export const designs = ['monolithic', 'xen', 'hyperv'] as const;
export type Design = (typeof designs)[number];
