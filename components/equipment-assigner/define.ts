import { EquipmentAssigner } from './equipment-assigner.js';
import { EquipmentPicker } from './equipment-picker.js';
import { defineElement } from '../shared/registry.js';

/**
 * `import 'fleet-customers/equipment-assigner'` registers `<equipment-assigner>` and the Select-equipment dialog
 * it renders, `<equipment-picker>` (safely: twice is fine).
 */
defineElement(EquipmentAssigner);

export { EquipmentAssigner, EquipmentPicker };
export { setDefaultClient } from '../shared/client.js';
export { registerTranslation, type Translation } from '../shared/localize.js';
export { EquipmentAssignedEvent, EquipmentUnassignedEvent } from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'equipment-assigner': EquipmentAssigner;
    'equipment-picker': EquipmentPicker;
  }
}
