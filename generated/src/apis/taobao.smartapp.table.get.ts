// Generated from specs/miniapp/taobao.smartapp.table.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.smartapp.table.get` (智能应用服务登记工作表数据查询). */
export interface TaobaoSmartappTableGetRequest {
  /** 查询创建日期的起始时间，若“创建 起始时间与结束时间”与“修改 起始时间与结束时间”两组数据均传入，仅筛选创建时间 */
  start_created_date?: DateInput;
  /** 查询创建日期的终止时间 */
  end_created_date?: DateInput;
  /** 查询修改日期的起始时间，仅当“创建 起始时间与结束时间”均未传入时，筛选修改时间，并按修改时间倒叙排序 */
  start_modified_date?: DateInput;
  /** 查询修改日期的终止时间 */
  end_modified_date?: DateInput;
  /** 页面索引，若不传入默认为1 */
  page_index?: Int64Input;
  /** 页面容量，若不传入默认为200 */
  page_size?: Int64Input;
  /** 数据空间表名 */
  table_id: string;
  /** 数据主键ID */
  record_id?: string;
}

/** Response of `taobao.smartapp.table.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSmartappTableGetResponse {
  /** 查询结果 */
  result?: TaobaoSmartappTableGetAfterSaleTableSelectResponse;
  /** 调用结果 */
  business_success?: boolean;
  /** 错误提示 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AfterSaleTableSelectResponse` of `taobao.smartapp.table.get`. */
export interface TaobaoSmartappTableGetAfterSaleTableSelectResponse {
  /** 查询结果 */
  json_record?: string[];
  /** 查询结果条数 */
  total_count?: Int64;
}

const REQUEST_SCHEMA = {
  start_created_date: 'Date',
  end_created_date: 'Date',
  start_modified_date: 'Date',
  end_modified_date: 'Date',
  page_index: 'Number',
  page_size: 'Number',
  table_id: 'String',
  record_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    json_record: ['String'],
    total_count: 'Number',
  },
  business_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.smartapp.table.get`: method, response root, request and response schemas. */
export const taobaoSmartappTableGetOperation = {
  method: 'taobao.smartapp.table.get',
  responseRoot: 'smartapp_table_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 智能应用服务登记工作表数据查询 — calls TOP method `taobao.smartapp.table.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSmartappTableGet(
  client: TopClient,
  request: TaobaoSmartappTableGetRequest,
  options?: CallOptions,
): Promise<TaobaoSmartappTableGetResponse> {
  return client.call<TaobaoSmartappTableGetResponse>(
    {
      method: 'taobao.smartapp.table.get',
      responseRoot: 'smartapp_table_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
