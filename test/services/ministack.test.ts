import { describeRoundTrips } from '../../src/test-support/scenarios/round-trips.js';

describeRoundTrips('ministack');
