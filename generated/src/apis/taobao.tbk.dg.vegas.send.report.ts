// Generated from specs/tbk/taobao.tbk.dg.vegas.send.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.vegas.send.report` (淘宝客-推广者-查询红包发放个数). */
export interface TaobaoTbkDgVegasSendReportRequest {
  /** 统计日期 */
  biz_date: string;
  /** 渠道关系id */
  relation_id?: Int64Input;
  /** 已下线，后续不需要填写 */
  activity_id?: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /** 每页大小 */
  page_size?: Int64Input;
  /** 媒体推广pid */
  pid?: string;
  /** 查询维度，不填写默认是pid维度 */
  rpt_dim?: string;
  /** 查询红包类型，1-超级红包，2-福利购，3-签到红包，4-福利直降，不传时默认查询超级红包数据 */
  activity_category?: Int64Input;
}

/** Response of `taobao.tbk.dg.vegas.send.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgVegasSendReportResponse {
  /** 返回结果 */
  result?: TaobaoTbkDgVegasSendReportResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.tbk.dg.vegas.send.report`. */
export interface TaobaoTbkDgVegasSendReportResult {
  /** 是否成功 */
  success?: boolean;
  /** model */
  model?: TaobaoTbkDgVegasSendReportRightsSendRptDTO;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
}

/** `RightsSendRptDTO` of `taobao.tbk.dg.vegas.send.report`. */
export interface TaobaoTbkDgVegasSendReportRightsSendRptDTO {
  /** 渠道关系id的发放数据 */
  relation_rpt_list?: TaobaoTbkDgVegasSendReportRightsSendRelationRptDto[];
  /** pid的发放数据 */
  pid_rpt_list?: TaobaoTbkDgVegasSendReportRightsSendRelationRptDto2[];
}

/** `RightsSendRelationRptDto` of `taobao.tbk.dg.vegas.send.report`. */
export interface TaobaoTbkDgVegasSendReportRightsSendRelationRptDto {
  /** 日期 */
  biz_date?: string;
  /** 渠道关系id */
  relation_id?: Int64;
  /** 红包发放数量 */
  fund_num?: Int64;
  /** 渠道关系id关联的pid */
  pid?: string;
  /** 红包使用次数 */
  use_num?: Int64;
}

/** `RightsSendRelationRptDto` of `taobao.tbk.dg.vegas.send.report`. */
export interface TaobaoTbkDgVegasSendReportRightsSendRelationRptDto2 {
  /** 日期 */
  biz_date?: string;
  /** pid */
  pid?: string;
  /** 红包发放数量 */
  fund_num?: Int64;
  /** 红包使用次数 */
  use_num?: Int64;
}

const REQUEST_SCHEMA = {
  biz_date: 'String',
  relation_id: 'Number',
  activity_id: 'Number',
  page_no: 'Number',
  page_size: 'Number',
  pid: 'String',
  rpt_dim: 'String',
  activity_category: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    model: {
      relation_rpt_list: [
        {
          biz_date: 'String',
          relation_id: 'Number',
          fund_num: 'Number',
          pid: 'String',
          use_num: 'Number',
        },
      ],
      pid_rpt_list: [
        {
          biz_date: 'String',
          pid: 'String',
          fund_num: 'Number',
          use_num: 'Number',
        },
      ],
    },
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.vegas.send.report`: method, response root, request and response schemas. */
export const taobaoTbkDgVegasSendReportOperation = {
  method: 'taobao.tbk.dg.vegas.send.report',
  responseRoot: 'tbk_dg_vegas_send_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-查询红包发放个数 — calls TOP method `taobao.tbk.dg.vegas.send.report`.
 *
 * 查询账号下的红包发放个数。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgVegasSendReport(
  client: TopClient,
  request: TaobaoTbkDgVegasSendReportRequest,
  options?: CallOptions,
): Promise<TaobaoTbkDgVegasSendReportResponse> {
  return client.call<TaobaoTbkDgVegasSendReportResponse>(
    {
      method: 'taobao.tbk.dg.vegas.send.report',
      responseRoot: 'tbk_dg_vegas_send_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
