import { Injectable } from '@nestjs/common';

/**
 * Whether the process has been asked to stop and is draining. While it drains, the api still
 * serves every request, but its readiness probe answers 503 and each response asks the client to
 * close its connection, so a load balancer takes it out of rotation before it stops accepting
 * connections (closeOnSignals decides when draining starts and how long it lasts).
 */
@Injectable()
export class ShutdownState {
  private isDraining = false;

  get draining(): boolean {
    return this.isDraining;
  }

  startDraining(): void {
    this.isDraining = true;
  }
}
