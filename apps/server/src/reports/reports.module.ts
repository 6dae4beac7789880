import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module.js';
import { MailModule } from '../mail/mail.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { ClientReportsResolver } from './client-reports.resolver.js';
import { ClientReportsService } from './client-reports.service.js';
import { ReportDownloadController } from './report-download.controller.js';

/** Client reports: the figures, their PDF and CSV files behind signed links, and the monthly mail. */
@Module({
  imports: [PostsModule, ConversationsModule, ReviewsModule, MailModule],
  controllers: [ReportDownloadController],
  providers: [ClientReportsService, ClientReportsResolver],
})
export class ReportsModule {}
