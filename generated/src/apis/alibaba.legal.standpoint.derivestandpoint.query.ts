// Generated from specs/legalsuit/alibaba.legal.standpoint.derivestandpoint.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.standpoint.derivestandpoint.query` (查询衍生口径). */
export interface AlibabaLegalStandpointDerivestandpointQueryRequest {
  /** 系统标识 */
  input_system_code?: string;
  /** 口径id */
  standpoint_id?: Int64Input;
  /** 操作人 */
  operate_work_no?: string;
  /** 业务id */
  busi_id?: string;
  /** 当前页 */
  page_num?: Int64Input;
  /** 页大小 */
  page_size?: Int64Input;
}

/** Response of `alibaba.legal.standpoint.derivestandpoint.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStandpointDerivestandpointQueryResponse {
  /** 错误描述 */
  error_msg?: string;
  /** 成功 */
  success_res?: boolean;
  /** 错误码 */
  error_code_res?: Int64;
  /** 衍生口径 */
  content?: AlibabaLegalStandpointDerivestandpointQueryPage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Page` of `alibaba.legal.standpoint.derivestandpoint.query`. */
export interface AlibabaLegalStandpointDerivestandpointQueryPage {
  /** 衍生口径 */
  data?: AlibabaLegalStandpointDerivestandpointQueryStandpointOutPutDto[];
  /** 当前页 */
  current_page?: Int64;
  /** 总数 */
  total_count?: Int64;
}

/** `StandpointOutPutDto` of `alibaba.legal.standpoint.derivestandpoint.query`. */
export interface AlibabaLegalStandpointDerivestandpointQueryStandpointOutPutDto {
  /** 场景结构 */
  scenes_struct?: string;
  /** 表格 */
  table_str?: string[];
  /** 场景id */
  scenes_id?: Int64;
  /** 收藏 */
  is_collection?: boolean;
  /** 衍生数量 */
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
  /** 标签 */
  standpoint_labels?: string[];
  /** 拓展字段 */
  options?: AlibabaLegalStandpointDerivestandpointQueryOptions[];
  /** 场景名称 */
  scenes_name?: string;
  /** 引用数量 */
  referenced_count?: Int64;
  /** id */
  id?: Int64;
  /** 创建人 */
  creater_worker_no?: string;
}

/** `Options` of `alibaba.legal.standpoint.derivestandpoint.query`. */
export interface AlibabaLegalStandpointDerivestandpointQueryOptions {
  /** 标识 */
  code?: string;
  /** 标题 */
  title?: string;
  /** 类型 */
  type?: string;
  /** 值 */
  value?: string;
  /** 文件 */
  file_values?: AlibabaLegalStandpointDerivestandpointQueryFileValues[];
}

/** `FileValues` of `alibaba.legal.standpoint.derivestandpoint.query`. */
export interface AlibabaLegalStandpointDerivestandpointQueryFileValues {
  /** 文件名称 */
  file_name?: string;
  /** 预览地址 */
  preview_url?: string;
  /** 下载地址 */
  download_url?: string;
  /** 文件类型 */
  file_type?: string;
  /** 文件id */
  file_id?: Int64;
}

const REQUEST_SCHEMA = {
  input_system_code: 'String',
  standpoint_id: 'Number',
  operate_work_no: 'String',
  busi_id: 'String',
  page_num: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg: 'String',
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: {
    data: [
      {
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
    ],
    current_page: 'Number',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.standpoint.derivestandpoint.query`: method, response root, request and response schemas. */
export const alibabaLegalStandpointDerivestandpointQueryOperation = {
  method: 'alibaba.legal.standpoint.derivestandpoint.query',
  responseRoot: 'alibaba_legal_standpoint_derivestandpoint_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询衍生口径 — calls TOP method `alibaba.legal.standpoint.derivestandpoint.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStandpointDerivestandpointQuery(
  client: TopClient,
  request: AlibabaLegalStandpointDerivestandpointQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalStandpointDerivestandpointQueryResponse> {
  return client.call<AlibabaLegalStandpointDerivestandpointQueryResponse>(
    {
      method: 'alibaba.legal.standpoint.derivestandpoint.query',
      responseRoot: 'alibaba_legal_standpoint_derivestandpoint_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
