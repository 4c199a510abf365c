import type { Service } from '../../../shared/domain/services.ts';
import type { Location, ScheduleSettings } from '../../../shared/domain/scheduling.ts';

/**
 * Where a session is billed: the office uses the service's place of service; telehealth uses the
 * practice's telehealth code (02 or 10) and adds modifier 95, unless the counselor chose otherwise.
 */
export function placement(
  location: Location,
  service: Service,
  settings: ScheduleSettings,
  chosen: { placeOfService?: string | undefined; modifiers?: string[] | undefined },
): { placeOfService: string; modifiers: string[] } {
  const telehealth = location === 'telehealth';
  const placeOfService =
    chosen.placeOfService ??
    (telehealth ? settings.telehealthPlaceOfService : service.placeOfService);
  const modifiers =
    chosen.modifiers ??
    (telehealth && !service.modifiers.includes('95')
      ? [...service.modifiers, '95']
      : service.modifiers);
  return { placeOfService, modifiers: modifiers.slice(0, 4) };
}
