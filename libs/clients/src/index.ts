import { AppointmentEntity } from './entities/appointment.entity.js';
import { BreakGlassGrantEntity } from './entities/break-glass-grant.entity.js';
import { CaseNumberCounterEntity } from './entities/case-number-counter.entity.js';
import { ClientAssignmentEntity } from './entities/client-assignment.entity.js';
import { ClientEntity } from './entities/client.entity.js';
import { TeamRef, UserRef } from './entities/refs.js';
import { ProtectionApplicationEntity } from './entities/protection-application.entity.js';
import { StageTransitionEntity } from './entities/stage-transition.entity.js';
import { TimelineEventEntity } from './entities/timeline-event.entity.js';

export const CLIENTS_ENTITIES = [
  ClientEntity,
  ClientAssignmentEntity,
  CaseNumberCounterEntity,
  BreakGlassGrantEntity,
  ProtectionApplicationEntity,
  StageTransitionEntity,
  AppointmentEntity,
  TimelineEventEntity,
  TeamRef,
  UserRef,
];
