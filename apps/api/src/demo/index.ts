export { DemoModule } from './demo.module.js';
export { DemoSeeder } from './demo-seeder.js';
