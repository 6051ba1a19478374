import { Module } from '@nestjs/common';
import { DeadlineDecisions } from './deadline-decisions.service.js';
import { DeadlineLists } from './deadline-lists.service.js';
import { DeadlinePlanner } from './deadline-planner.js';
import { DeadlineRepository } from './deadline.repository.js';

@Module({ providers: [DeadlineDecisions, DeadlineLists, DeadlinePlanner, DeadlineRepository], exports: [DeadlineDecisions, DeadlineLists, DeadlinePlanner, DeadlineRepository] })
export class DeadlinesModule {}
