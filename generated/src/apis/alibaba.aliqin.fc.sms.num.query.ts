// Generated from specs/aliqin/alibaba.aliqin.fc.sms.num.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.sms.num.query` (短信发送记录查询). */
export interface AlibabaAliqinFcSmsNumQueryRequest {
  /** 短信发送流水 */
  biz_id?: string;
  /** 短信接收号码 */
  rec_num: string;
  /** 短信发送日期，支持近30天记录查询，格式yyyyMMdd */
  query_date: string;
  /** 分页参数,页码 */
  current_page: Int64Input;
  /** 分页参数，每页数量。最大值50 */
  page_size: Int64Input;
}

/** Response of `alibaba.aliqin.fc.sms.num.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcSmsNumQueryResponse {
  /** 当前页码 */
  current_page?: Int64;
  /** 每页数量 */
  page_size?: Int64;
  /** 总量 */
  total_count?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 1 */
  values?: AlibabaAliqinFcSmsNumQueryFcPartnerSmsDetailDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FcPartnerSmsDetailDto` of `alibaba.aliqin.fc.sms.num.query`. */
export interface AlibabaAliqinFcSmsNumQueryFcPartnerSmsDetailDto {
  /** 公共回传参数 */
  extend?: string;
  /** 短信接收号码 */
  rec_num?: string;
  /** 短信错误码 */
  result_code?: string;
  /** 模板编码 */
  sms_code?: string;
  /** 短信发送内容 */
  sms_content?: string;
  /** 短信接收时间 */
  sms_receiver_time?: string;
  /** 短信发送时间 */
  sms_send_time?: string;
  /** 发送状态 1：等待回执，2：发送失败，3：发送成功 */
  sms_status?: Int64;
}

const REQUEST_SCHEMA = {
  biz_id: 'String',
  rec_num: 'String',
  query_date: 'String',
  current_page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  current_page: 'Number',
  page_size: 'Number',
  total_count: 'Number',
  total_page: 'Number',
  values: [
    {
      extend: 'String',
      rec_num: 'String',
      result_code: 'String',
      sms_code: 'String',
      sms_content: 'String',
      sms_receiver_time: 'Date',
      sms_send_time: 'Date',
      sms_status: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.sms.num.query`: method, response root, request and response schemas. */
export const alibabaAliqinFcSmsNumQueryOperation = {
  method: 'alibaba.aliqin.fc.sms.num.query',
  responseRoot: 'alibaba_aliqin_fc_sms_num_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 短信发送记录查询 — calls TOP method `alibaba.aliqin.fc.sms.num.query`.
 *
 * 短信发送记录查询。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcSmsNumQuery(
  client: TopClient,
  request: AlibabaAliqinFcSmsNumQueryRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcSmsNumQueryResponse> {
  return client.call<AlibabaAliqinFcSmsNumQueryResponse>(
    {
      method: 'alibaba.aliqin.fc.sms.num.query',
      responseRoot: 'alibaba_aliqin_fc_sms_num_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
