// Generated from specs/miniapp/taobao.smartapp.table.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.smartapp.table.list.get` (智能应用服务登记工作表列表查询). */
export interface TaobaoSmartappTableListGetRequest {}

/** Response of `taobao.smartapp.table.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSmartappTableListGetResponse {
  /** 调用结果 */
  result?: TaobaoSmartappTableListGetAfterSaleGetWorkTableListResponse;
  /** 调用结果 */
  business_success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AfterSaleGetWorkTableListResponse` of `taobao.smartapp.table.list.get`. */
export interface TaobaoSmartappTableListGetAfterSaleGetWorkTableListResponse {
  /** 返回结果数量 */
  total_count?: Int64;
  /** 调用结果 */
  record?: TaobaoSmartappTableListGetAfterSaleGetWorkTableListRecord[];
}

/** `AfterSaleGetWorkTableListRecord` of `taobao.smartapp.table.list.get`. */
export interface TaobaoSmartappTableListGetAfterSaleGetWorkTableListRecord {
  /** 工作表id */
  table_id?: string;
  /** 工作表名称 */
  table_name?: string;
  /** 工作表创建时间 */
  create_time?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_count: 'Number',
    record: [
      {
        table_id: 'String',
        table_name: 'String',
        create_time: 'Date',
      },
    ],
  },
  business_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.smartapp.table.list.get`: method, response root, request and response schemas. */
export const taobaoSmartappTableListGetOperation = {
  method: 'taobao.smartapp.table.list.get',
  responseRoot: 'smartapp_table_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 智能应用服务登记工作表列表查询 — calls TOP method `taobao.smartapp.table.list.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSmartappTableListGet(
  client: TopClient,
  request: TaobaoSmartappTableListGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSmartappTableListGetResponse> {
  return client.call<TaobaoSmartappTableListGetResponse>(
    {
      method: 'taobao.smartapp.table.list.get',
      responseRoot: 'smartapp_table_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
