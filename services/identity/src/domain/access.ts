import { STAFF_ROLES } from '@marketgraph/authz';

export const ANY_STAFF = [...STAFF_ROLES];
