/**
 * The Lambda entry point of the daily review reminder (a schedule in
 * serverless.yml): domain/reviews/remindReviews.ts over the `ReviewDue`
 * index. It writes reminders to the table; the stream function turns them
 * into JourneyMapReviewDue events.
 */
import { systemClock } from '../domain/context/clock';
import { remindReviews, type ReminderRun } from '../domain/reviews/remindReviews';
import { createDynamo } from '../store/dynamo/dynamoClient';
import { DynamoReviewStore } from '../store/reviews/dynamoReviewStore';
import { configFromEnv } from './config';

const dynamo = createDynamo(configFromEnv(process.env).dynamo);

export const handler = async (): Promise<ReminderRun> => {
  const run = await remindReviews(new DynamoReviewStore(dynamo), systemClock.now());
  console.log(JSON.stringify({ level: 'info', message: 'review reminders', ...run }));
  return run;
};
