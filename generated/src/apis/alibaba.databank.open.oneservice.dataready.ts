// Generated from specs/user/alibaba.databank.open.oneservice.dataready.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.databank.open.oneservice.dataready` (瓴羊DaaS消费者增长CGP查询DataReady). */
export interface AlibabaDatabankOpenOneserviceDatareadyRequest {
  /** 品牌ID */
  brand_id?: Int64Input;
  /** dataReady类型 */
  data_ready_types?: string;
}

/** Response of `alibaba.databank.open.oneservice.dataready`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDatabankOpenOneserviceDatareadyResponse {
  /** 返回的对象 */
  data?: AlibabaDatabankOpenOneserviceDatareadyDateRangeModel[];
  /** 请求成功 */
  errcode?: Int64;
  /** 查询成功 */
  errmsg?: string;
  /** 查询成功 */
  code_class?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DateRangeModel` of `alibaba.databank.open.oneservice.dataready`. */
export interface AlibabaDatabankOpenOneserviceDatareadyDateRangeModel {
  /** 数据有效开始日期 */
  begin_date?: Int64;
  /** 数据有效结束日期 */
  end_date?: Int64;
  /** 数据可用 */
  readyable?: boolean;
  /** 81或82 */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  brand_id: 'Number',
  data_ready_types: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: [
    {
      begin_date: 'Number',
      end_date: 'Number',
      readyable: 'Boolean',
      type: 'Number',
    },
  ],
  errcode: 'Number',
  errmsg: 'String',
  code_class: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.databank.open.oneservice.dataready`: method, response root, request and response schemas. */
export const alibabaDatabankOpenOneserviceDatareadyOperation = {
  method: 'alibaba.databank.open.oneservice.dataready',
  responseRoot: 'alibaba_databank_open_oneservice_dataready_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 瓴羊DaaS消费者增长CGP查询DataReady — calls TOP method `alibaba.databank.open.oneservice.dataready`.
 *
 * 瓴羊DaaS消费者增长CGP取数接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDatabankOpenOneserviceDataready(
  client: TopClient,
  request: AlibabaDatabankOpenOneserviceDatareadyRequest = {},
  options?: CallOptions,
): Promise<AlibabaDatabankOpenOneserviceDatareadyResponse> {
  return client.call<AlibabaDatabankOpenOneserviceDatareadyResponse>(
    {
      method: 'alibaba.databank.open.oneservice.dataready',
      responseRoot: 'alibaba_databank_open_oneservice_dataready_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
