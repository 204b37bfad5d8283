// Generated from specs/legalsuit/alibaba.legal.standpoint.standpoint.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.standpoint.standpoint.query` (查询具体口径). */
export interface AlibabaLegalStandpointStandpointQueryRequest {
  /** 系统标识 */
  input_system_code?: string;
  /** 口径id */
  standpoint_id?: Int64Input;
}

/** Response of `alibaba.legal.standpoint.standpoint.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStandpointStandpointQueryResponse {
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code_res?: Int64;
  /** 是否成功 */
  success_res?: boolean;
  /** 输出对象 */
  content?: AlibabaLegalStandpointStandpointQueryStandpointOutPutDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StandpointOutPutDto` of `alibaba.legal.standpoint.standpoint.query`. */
export interface AlibabaLegalStandpointStandpointQueryStandpointOutPutDto {
  /** 场景结构 */
  scenes_struct?: string;
  /** 表格 */
  table_str?: string[];
  /** 场景id */
  scenes_id?: Int64;
  /** 是否收藏 */
  is_collection?: boolean;
  /** 引用数量 */
  derive_count?: Int64;
  /** 标签 */
  label?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 表格 */
  table_schema?: string;
  /** 口径 */
  defense_caliber?: string;
  /** 口径描述 */
  standpoint_desc?: string;
  /** 口径标签 */
  standpoint_labels?: string[];
  /** 拓展字段 */
  options?: AlibabaLegalStandpointStandpointQueryOptions[];
  /** 场景名称 */
  scenes_name?: string;
  /** 引用数量 */
  referenced_count?: Int64;
  /** 口径id */
  id?: Int64;
  /** 创建人 */
  creater_worker_no?: string;
}

/** `Options` of `alibaba.legal.standpoint.standpoint.query`. */
export interface AlibabaLegalStandpointStandpointQueryOptions {
  /** 标识 */
  code?: string;
  /** 名称 */
  title?: string;
  /** 类型 */
  type?: string;
  /** 值 */
  value?: string;
  /** 文件 */
  file_values?: AlibabaLegalStandpointStandpointQueryFileValues[];
}

/** `FileValues` of `alibaba.legal.standpoint.standpoint.query`. */
export interface AlibabaLegalStandpointStandpointQueryFileValues {
  /** 名称 */
  file_name?: string;
  /** 预览地址 */
  preview_url?: string;
  /** 下载地址 */
  download_url?: string;
  /** 类型 */
  file_type?: string;
  /** id */
  file_id?: Int64;
}

const REQUEST_SCHEMA = {
  input_system_code: 'String',
  standpoint_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg: 'String',
  error_code_res: 'Number',
  success_res: 'Boolean',
  content: {
    scenes_struct: 'String',
    table_str: ['String'],
    scenes_id: 'Number',
    is_collection: 'Boolean',
    derive_count: 'Number',
    label: 'String',
    gmt_create: 'String',
    table_schema: 'String',
    defense_caliber: 'String',
    standpoint_desc: 'String',
    standpoint_labels: ['String'],
    options: [
      {
        code: 'String',
        title: 'String',
        type: 'String',
        value: 'String',
        file_values: [
          {
            file_name: 'String',
            preview_url: 'String',
            download_url: 'String',
            file_type: 'String',
            file_id: 'Number',
          },
        ],
      },
    ],
    scenes_name: 'String',
    referenced_count: 'Number',
    id: 'Number',
    creater_worker_no: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.standpoint.standpoint.query`: method, response root, request and response schemas. */
export const alibabaLegalStandpointStandpointQueryOperation = {
  method: 'alibaba.legal.standpoint.standpoint.query',
  responseRoot: 'alibaba_legal_standpoint_standpoint_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询具体口径 — calls TOP method `alibaba.legal.standpoint.standpoint.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStandpointStandpointQuery(
  client: TopClient,
  request: AlibabaLegalStandpointStandpointQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalStandpointStandpointQueryResponse> {
  return client.call<AlibabaLegalStandpointStandpointQueryResponse>(
    {
      method: 'alibaba.legal.standpoint.standpoint.query',
      responseRoot: 'alibaba_legal_standpoint_standpoint_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
