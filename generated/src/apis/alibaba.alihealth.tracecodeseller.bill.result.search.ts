// Generated from specs/alihealth2/alibaba.alihealth.tracecodeseller.bill.result.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.bill.result.search` (查询出入库单处理结果api). */
export interface AlibabaAlihealthTracecodesellerBillResultSearchRequest {
  /** top身份认证 */
  skey_code: string;
  /** 商家id */
  ent_info_id: Int64Input;
  /** 单据编号 */
  bill_code?: string;
  /** 查询开始日期 */
  begin_date: string;
  /** 查询结束日期 */
  end_date: string;
  /** 不需要 */
  seller_name?: string;
  /** 当前页 */
  page: Int64Input;
  /** 每页条数 */
  page_size: Int64Input;
}

/** Response of `alibaba.alihealth.tracecodeseller.bill.result.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerBillResultSearchResponse {
  /** result */
  result?: AlibabaAlihealthTracecodesellerBillResultSearchTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.tracecodeseller.bill.result.search`. */
export interface AlibabaAlihealthTracecodesellerBillResultSearchTopResultModel {
  /** model */
  model?: AlibabaAlihealthTracecodesellerBillResultSearchPageInfoDto;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
}

/** `PageInfoDto` of `alibaba.alihealth.tracecodeseller.bill.result.search`. */
export interface AlibabaAlihealthTracecodesellerBillResultSearchPageInfoDto {
  /** 总数 */
  total_num?: Int64;
  /** result */
  results?: AlibabaAlihealthTracecodesellerBillResultSearchResult[];
  /** page */
  page?: Int64;
  /** pageSize */
  page_size?: Int64;
}

/** `Result` of `alibaba.alihealth.tracecodeseller.bill.result.search`. */
export interface AlibabaAlihealthTracecodesellerBillResultSearchResult {
  /** 单据处理时间 */
  gmt_modified?: Int64;
  /** 单据处理状态 */
  task_status?: Int64;
  /** 单据上传时间 */
  gmt_create?: Int64;
  /** 单据编号 */
  bill_code?: string;
  /** 商家id */
  oper_ent_id?: Int64;
}

const REQUEST_SCHEMA = {
  skey_code: 'String',
  ent_info_id: 'Number',
  bill_code: 'String',
  begin_date: 'String',
  end_date: 'String',
  seller_name: 'String',
  page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      total_num: 'Number',
      results: [
        {
          gmt_modified: 'Number',
          task_status: 'Number',
          gmt_create: 'Number',
          bill_code: 'String',
          oper_ent_id: 'Number',
        },
      ],
      page: 'Number',
      page_size: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.bill.result.search`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerBillResultSearchOperation = {
  method: 'alibaba.alihealth.tracecodeseller.bill.result.search',
  responseRoot: 'alibaba_alihealth_tracecodeseller_bill_result_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询出入库单处理结果api — calls TOP method `alibaba.alihealth.tracecodeseller.bill.result.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerBillResultSearch(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerBillResultSearchRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerBillResultSearchResponse> {
  return client.call<AlibabaAlihealthTracecodesellerBillResultSearchResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.bill.result.search',
      responseRoot: 'alibaba_alihealth_tracecodeseller_bill_result_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
