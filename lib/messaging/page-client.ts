/** What the popup and the options page use to talk to the background: the whole protocol. */
import { createClient } from './client';
import { protocol } from './protocol';

export const sendMessage = createClient(protocol);
