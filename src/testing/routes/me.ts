import type { Handler } from '../router.js';

export const getMe: Handler = (context) => ({ status: 200, body: context.caller.user });
