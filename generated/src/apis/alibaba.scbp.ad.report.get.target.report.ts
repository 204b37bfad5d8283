// Generated from specs/scbp/alibaba.scbp.ad.report.get.target.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.report.get.target.report` (定向报告). */
export interface AlibabaScbpAdReportGetTargetReportRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdReportGetTargetReportTopContextDtoInput;
  /** 请求参数 */
  target_report_operation: AlibabaScbpAdReportGetTargetReportTargetReportOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.report.get.target.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdReportGetTargetReportResponse {
  /** 返回数据 */
  result?: AlibabaScbpAdReportGetTargetReportTargetReportDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.report.get.target.report`. */
export interface AlibabaScbpAdReportGetTargetReportTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `TargetReportOperationDto` of `alibaba.scbp.ad.report.get.target.report`. */
export interface AlibabaScbpAdReportGetTargetReportTargetReportOperationDtoInput {
  /** crowd/region */
  type: string;
  /** 开始时间(yyyy-MM-dd) */
  date_begin: string;
  /** 结束时间(yyyy-MM-dd) */
  date_end: string;
  /** 营销目标 */
  campaign_type?: Int64Input;
  /** 计划ID */
  campaign_id?: Int64Input;
}

/** `TargetReportDto` of `alibaba.scbp.ad.report.get.target.report`. */
export interface AlibabaScbpAdReportGetTargetReportTargetReportDto {
  /** 返回实体集合 */
  target_effect_list?: AlibabaScbpAdReportGetTargetReportTargetEffectDto[];
}

/** `TargetEffectDto` of `alibaba.scbp.ad.report.get.target.report`. */
export interface AlibabaScbpAdReportGetTargetReportTargetEffectDto {
  /** 标题 */
  subject?: string;
  /** 选项值 */
  option_value?: string;
  /** 13:地域标签 14：人群标签 */
  tag_ref_type?: Int64;
  /** 日期(yyyy-MM-dd) */
  stat_date?: string;
  /** 曝光 */
  impr?: Int64;
  /** 点击 */
  click?: Int64;
  /** 消耗 */
  cost?: Int64;
  /** 推广时长 */
  online_min?: Int64;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  target_report_operation: {
    type: 'String',
    date_begin: 'String',
    date_end: 'String',
    campaign_type: 'Number',
    campaign_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    target_effect_list: [
      {
        subject: 'String',
        option_value: 'String',
        tag_ref_type: 'Number',
        stat_date: 'String',
        impr: 'Number',
        click: 'Number',
        cost: 'Number',
        online_min: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.report.get.target.report`: method, response root, request and response schemas. */
export const alibabaScbpAdReportGetTargetReportOperation = {
  method: 'alibaba.scbp.ad.report.get.target.report',
  responseRoot: 'alibaba_scbp_ad_report_get_target_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向报告 — calls TOP method `alibaba.scbp.ad.report.get.target.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdReportGetTargetReport(
  client: TopClient,
  request: AlibabaScbpAdReportGetTargetReportRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdReportGetTargetReportResponse> {
  return client.call<AlibabaScbpAdReportGetTargetReportResponse>(
    {
      method: 'alibaba.scbp.ad.report.get.target.report',
      responseRoot: 'alibaba_scbp_ad_report_get_target_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
