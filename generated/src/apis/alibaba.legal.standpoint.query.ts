// Generated from specs/legalsuit/alibaba.legal.standpoint.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.standpoint.query` (口径查询). */
export interface AlibabaLegalStandpointQueryRequest {
  /** 关键字 */
  keyword?: string;
  /** 页号 */
  page_num?: Int64Input;
  /** 页面大小 */
  page_size?: Int64Input;
  /** 用户id */
  user_id?: string;
  /** 系统标识 */
  input_system_code?: string;
}

/** Response of `alibaba.legal.standpoint.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStandpointQueryResponse {
  /** 是否成功 */
  success_res?: boolean;
  /** 返回状态 */
  error_code_res?: Int64;
  /** 分页对象 */
  content?: AlibabaLegalStandpointQueryPage;
  /** 系统错误 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Page` of `alibaba.legal.standpoint.query`. */
export interface AlibabaLegalStandpointQueryPage {
  /** 口径对象 */
  data?: AlibabaLegalStandpointQueryStandpointOutPutDto[];
  /** 1 */
  current_page?: Int64;
  /** 100 */
  total_count?: Int64;
}

/** `StandpointOutPutDto` of `alibaba.legal.standpoint.query`. */
export interface AlibabaLegalStandpointQueryStandpointOutPutDto {
  /** 观点描述 */
  standpoint_desc?: string;
  /** 口径 */
  defense_caliber?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 场景结构 */
  scenes_strucct?: string;
  /** 场景名称 */
  scenes_name?: string;
  /** 创建者 */
  creater_worker_no?: string;
  /** 场景id */
  scenes_id?: Int64;
  /** 口径标签 */
  standpoint_labels?: string[];
  /** options */
  options?: AlibabaLegalStandpointQueryOption[];
  /** label */
  label?: string;
  /** table信息 */
  table_str?: string[];
  /** tableSchema */
  table_schema?: string;
  /** id */
  id?: Int64;
}

/** `Option` of `alibaba.legal.standpoint.query`. */
export interface AlibabaLegalStandpointQueryOption {
  /** 扩展字段标题 */
  title?: string;
  /** 扩展字段值 */
  value?: string;
  /** 文件对象 */
  file_values?: AlibabaLegalStandpointQueryFileDto[];
  /** 类型 */
  type?: string;
}

/** `FileDto` of `alibaba.legal.standpoint.query`. */
export interface AlibabaLegalStandpointQueryFileDto {
  /** 文件中心id */
  file_id?: Int64;
  /** 文件名称 */
  file_name?: string;
  /** 文件类型 */
  file_type?: string;
  /** 预览地址 */
  preview_url?: string;
  /** 下载地址 */
  download_url?: string;
}

const REQUEST_SCHEMA = {
  keyword: 'String',
  page_num: 'Number',
  page_size: 'Number',
  user_id: 'String',
  input_system_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: {
    data: [
      {
        standpoint_desc: 'String',
        defense_caliber: 'String',
        gmt_create: 'String',
        scenes_strucct: 'String',
        scenes_name: 'String',
        creater_worker_no: 'String',
        scenes_id: 'Number',
        standpoint_labels: ['String'],
        options: [
          {
            title: 'String',
            value: 'String',
            file_values: [
              {
                file_id: 'Number',
                file_name: 'String',
                file_type: 'String',
                preview_url: 'String',
                download_url: 'String',
              },
            ],
            type: 'String',
          },
        ],
        label: 'String',
        table_str: ['String'],
        table_schema: 'String',
        id: 'Number',
      },
    ],
    current_page: 'Number',
    total_count: 'Number',
  },
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.standpoint.query`: method, response root, request and response schemas. */
export const alibabaLegalStandpointQueryOperation = {
  method: 'alibaba.legal.standpoint.query',
  responseRoot: 'alibaba_legal_standpoint_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 口径查询 — calls TOP method `alibaba.legal.standpoint.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStandpointQuery(
  client: TopClient,
  request: AlibabaLegalStandpointQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalStandpointQueryResponse> {
  return client.call<AlibabaLegalStandpointQueryResponse>(
    {
      method: 'alibaba.legal.standpoint.query',
      responseRoot: 'alibaba_legal_standpoint_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
