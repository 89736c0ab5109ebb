// The tags' props and events for vue-tsc.
import type {} from 'fleet-customers/vue';
