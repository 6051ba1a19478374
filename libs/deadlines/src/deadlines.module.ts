import { Module } from '@nestjs/common';
import { DeadlinePlanner } from './deadline-planner.js';

@Module({ providers: [DeadlinePlanner], exports: [DeadlinePlanner] })
export class DeadlinesModule {}
