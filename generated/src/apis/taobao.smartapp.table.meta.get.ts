// Generated from specs/miniapp/taobao.smartapp.table.meta.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.smartapp.table.meta.get` (智能应用服务登记工作表元数据查询). */
export interface TaobaoSmartappTableMetaGetRequest {
  /** 工作表表单id */
  table_id: string;
}

/** Response of `taobao.smartapp.table.meta.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSmartappTableMetaGetResponse {
  /** 返回结果 */
  result?: TaobaoSmartappTableMetaGetAfterSaleFieldMetaResponse;
  /** 调用结果 */
  business_success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AfterSaleFieldMetaResponse` of `taobao.smartapp.table.meta.get`. */
export interface TaobaoSmartappTableMetaGetAfterSaleFieldMetaResponse {
  /** 返回结果条数 */
  total_count?: Int64;
  record?: TaobaoSmartappTableMetaGetAfterSaleFieldMetaRecord[];
}

/** `AfterSaleFieldMetaRecord` of `taobao.smartapp.table.meta.get`. */
export interface TaobaoSmartappTableMetaGetAfterSaleFieldMetaRecord {
  /** 字段名称 */
  field_name?: string;
  /** 字段描述 */
  description?: string;
  /** 组件类型 */
  component_type?: string;
  /** 配置信息 */
  custom_config?: string;
  /** 子结构 */
  children?: string[];
}

const REQUEST_SCHEMA = {
  table_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_count: 'Number',
    record: [
      {
        field_name: 'String',
        description: 'String',
        component_type: 'String',
        custom_config: 'String',
        children: ['String'],
      },
    ],
  },
  business_success: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.smartapp.table.meta.get`: method, response root, request and response schemas. */
export const taobaoSmartappTableMetaGetOperation = {
  method: 'taobao.smartapp.table.meta.get',
  responseRoot: 'smartapp_table_meta_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 智能应用服务登记工作表元数据查询 — calls TOP method `taobao.smartapp.table.meta.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSmartappTableMetaGet(
  client: TopClient,
  request: TaobaoSmartappTableMetaGetRequest,
  options?: CallOptions,
): Promise<TaobaoSmartappTableMetaGetResponse> {
  return client.call<TaobaoSmartappTableMetaGetResponse>(
    {
      method: 'taobao.smartapp.table.meta.get',
      responseRoot: 'smartapp_table_meta_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
