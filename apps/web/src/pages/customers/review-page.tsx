import { InteractionsToReview } from '../../modules/timeline/interactions-to-review';

export default function ReviewPage() {
  return <InteractionsToReview />;
}
