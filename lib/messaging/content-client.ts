/** What content scripts use to talk to the background: only the messages they may send. */
import { createClient } from './client';
import { contentProtocol } from './content-protocol';

export const sendMessage = createClient(contentProtocol);
