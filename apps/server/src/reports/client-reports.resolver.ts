import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import type { RequestContext } from '../common/request-context.js';
import { ClientReportsService } from './client-reports.service.js';
import { ClientReport, ClientReportArgs, ClientReportDownloadArgs, ReportDownload } from './dto/client-report.types.js';

@Resolver()
export class ClientReportsResolver {
  constructor(private readonly reports: ClientReportsService) {}

  @Allow(Role.VIEWER)
  @Query(() => ClientReport, {
    description: "What was done for the workspace in a period (VIEWER, like the figures it is made of): posts per channel against cadence, inbox volume and answers, reputation, disputes, policy actions. See docs/reports.md.",
  })
  clientReport(@Ctx() ctx: RequestContext, @Args() args: ClientReportArgs): Promise<ClientReport> {
    return this.reports.report(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Query(() => ReportDownload, { description: 'A signed, expiring link to the clientReport of a period as a PDF or CSV file (VIEWER); the file is made from the data when the link is opened.' })
  clientReportDownload(@Ctx() ctx: RequestContext, @Args() args: ClientReportDownloadArgs): Promise<ReportDownload> {
    return this.reports.downloadLink(ctx, args);
  }
}
