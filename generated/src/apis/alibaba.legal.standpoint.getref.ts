// Generated from specs/legalsuit/alibaba.legal.standpoint.getref.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.standpoint.getref` (查询业务实体关联口径2). */
export interface AlibabaLegalStandpointGetrefRequest {
  /** 业务系统实体id */
  busi_id?: string;
  /** 页号 */
  page_num?: Int64Input;
  /** 页面大小 */
  page_size?: Int64Input;
  /** 系统标识 */
  input_system_code?: string;
}

/** Response of `alibaba.legal.standpoint.getref`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStandpointGetrefResponse {
  /** 是否成功 */
  success_res?: boolean;
  /** 返回状态 */
  error_code_res?: Int64;
  /** 分页对象 */
  content?: AlibabaLegalStandpointGetrefPage;
  /** 系统错误 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Page` of `alibaba.legal.standpoint.getref`. */
export interface AlibabaLegalStandpointGetrefPage {
  /** 口径对象 */
  data?: AlibabaLegalStandpointGetrefStandpointRefDto[];
  /** 1 */
  current_page?: Int64;
  /** 100 */
  total_count?: Int64;
}

/** `StandpointRefDto` of `alibaba.legal.standpoint.getref`. */
export interface AlibabaLegalStandpointGetrefStandpointRefDto {
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
  options?: AlibabaLegalStandpointGetrefOption[];
  /** label */
  label?: string;
  /** table信息 */
  table_str?: string[];
  /** tableSchema */
  table_schema?: string;
  /** 关联观点来源 */
  refrence_type?: string;
  /** 关联id */
  refrence_id?: Int64;
  /** id */
  id?: Int64;
}

/** `Option` of `alibaba.legal.standpoint.getref`. */
export interface AlibabaLegalStandpointGetrefOption {
  /** 扩展字段标题 */
  title?: string;
  /** 扩展字段值 */
  value?: string;
  /** 文件对象 */
  file_values?: AlibabaLegalStandpointGetrefFileDto[];
  /** 类型 string */
  type?: string;
}

/** `FileDto` of `alibaba.legal.standpoint.getref`. */
export interface AlibabaLegalStandpointGetrefFileDto {
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
  busi_id: 'String',
  page_num: 'Number',
  page_size: 'Number',
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
        refrence_type: 'String',
        refrence_id: 'Number',
        id: 'Number',
      },
    ],
    current_page: 'Number',
    total_count: 'Number',
  },
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.standpoint.getref`: method, response root, request and response schemas. */
export const alibabaLegalStandpointGetrefOperation = {
  method: 'alibaba.legal.standpoint.getref',
  responseRoot: 'alibaba_legal_standpoint_getref_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询业务实体关联口径2 — calls TOP method `alibaba.legal.standpoint.getref`.
 *
 * 口径查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStandpointGetref(
  client: TopClient,
  request: AlibabaLegalStandpointGetrefRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalStandpointGetrefResponse> {
  return client.call<AlibabaLegalStandpointGetrefResponse>(
    {
      method: 'alibaba.legal.standpoint.getref',
      responseRoot: 'alibaba_legal_standpoint_getref_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
