// Generated from specs/alihouse/alibaba.alihouse.newhome.dynamicdata.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.dynamicdata.submit` (提交小区动态信息). */
export interface AlibabaAlihouseNewhomeDynamicdataSubmitRequest {
  /** 小区价格变动实体 */
  dynamic_data_dto: AlibabaAlihouseNewhomeDynamicdataSubmitDynamicDataDtoInput;
}

/** Response of `alibaba.alihouse.newhome.dynamicdata.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeDynamicdataSubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeDynamicdataSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DynamicDataDto` of `alibaba.alihouse.newhome.dynamicdata.submit`. */
export interface AlibabaAlihouseNewhomeDynamicdataSubmitDynamicDataDtoInput {
  /** 小区outerid */
  outer_id: string;
  /** 业务时间 */
  biz_time: string;
  /** 政府限价 */
  government_limit_price_desc?: string;
  /** 月涨幅比（无百分号） */
  monthly_increase?: string;
  /** 月均价 */
  monthly_avg_price_desc?: string;
  /** 月均价单位 */
  monthly_avg_price_unit?: string;
}

/** `Result` of `alibaba.alihouse.newhome.dynamicdata.submit`. */
export interface AlibabaAlihouseNewhomeDynamicdataSubmitResult {
  /** 返回素材id */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  dynamic_data_dto: {
    outer_id: 'String',
    biz_time: 'String',
    government_limit_price_desc: 'String',
    monthly_increase: 'String',
    monthly_avg_price_desc: 'String',
    monthly_avg_price_unit: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.dynamicdata.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeDynamicdataSubmitOperation = {
  method: 'alibaba.alihouse.newhome.dynamicdata.submit',
  responseRoot: 'alibaba_alihouse_newhome_dynamicdata_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交小区动态信息 — calls TOP method `alibaba.alihouse.newhome.dynamicdata.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeDynamicdataSubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeDynamicdataSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeDynamicdataSubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeDynamicdataSubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.dynamicdata.submit',
      responseRoot: 'alibaba_alihouse_newhome_dynamicdata_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
