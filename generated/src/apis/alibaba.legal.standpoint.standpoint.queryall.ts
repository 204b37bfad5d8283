// Generated from specs/legalsuit/alibaba.legal.standpoint.standpoint.queryall.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.standpoint.standpoint.queryall` (滑动查询口径). */
export interface AlibabaLegalStandpointStandpointQueryallRequest {
  /** 系统标识 */
  input_system_code?: string;
  /** 滑动查询参数 */
  query_param?: AlibabaLegalStandpointStandpointQueryallQueryParamInput;
}

/** Response of `alibaba.legal.standpoint.standpoint.queryall`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStandpointStandpointQueryallResponse {
  /** 是否成功 */
  success_res?: boolean;
  /** 错误编码 */
  error_code_res?: Int64;
  /** 口径 */
  content?: AlibabaLegalStandpointStandpointQueryallStandpointOutPutDto[];
  /** 错误描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryParam` of `alibaba.legal.standpoint.standpoint.queryall`. */
export interface AlibabaLegalStandpointStandpointQueryallQueryParamInput {
  /** 滑动标识（up:上滑 down：下滑） */
  roll_flag?: string;
  /** 业务id */
  busi_id?: string;
  /** 场景id */
  scene_id?: Int64Input;
  /** 口径id */
  standpoint_id?: Int64Input;
  /** 关键字 */
  keyword?: string;
  /** 操作人工号 */
  operate_work_no?: string;
  /** 系统标识 */
  input_system_code?: string;
}

/** `StandpointOutPutDto` of `alibaba.legal.standpoint.standpoint.queryall`. */
export interface AlibabaLegalStandpointStandpointQueryallStandpointOutPutDto {
  /** 场景结构 */
  scenes_struct?: string;
  /** 表格 */
  table_str?: string[];
  /** 场景id */
  scenes_id?: Int64;
  /** 是否收藏 */
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
  /** 口径标签 */
  standpoint_labels?: string[];
  /** 拓展字段 */
  options?: AlibabaLegalStandpointStandpointQueryallOptions[];
  /** 场景名称 */
  scenes_name?: string;
  /** 引用数量 */
  referenced_count?: Int64;
  /** 口径id */
  id?: Int64;
  /** 创建人工号 */
  creater_worker_no?: string;
}

/** `Options` of `alibaba.legal.standpoint.standpoint.queryall`. */
export interface AlibabaLegalStandpointStandpointQueryallOptions {
  /** 标识 */
  code?: string;
  /** 标题 */
  title?: string;
  /** 类型(String/File) */
  type?: string;
  /** 值 */
  value?: string;
  /** 文件 */
  file_values?: AlibabaLegalStandpointStandpointQueryallFileValues[];
}

/** `FileValues` of `alibaba.legal.standpoint.standpoint.queryall`. */
export interface AlibabaLegalStandpointStandpointQueryallFileValues {
  /** 名称 */
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
  query_param: {
    roll_flag: 'String',
    busi_id: 'String',
    scene_id: 'Number',
    standpoint_id: 'Number',
    keyword: 'String',
    operate_work_no: 'String',
    input_system_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: [
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
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.standpoint.standpoint.queryall`: method, response root, request and response schemas. */
export const alibabaLegalStandpointStandpointQueryallOperation = {
  method: 'alibaba.legal.standpoint.standpoint.queryall',
  responseRoot: 'alibaba_legal_standpoint_standpoint_queryall_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 滑动查询口径 — calls TOP method `alibaba.legal.standpoint.standpoint.queryall`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStandpointStandpointQueryall(
  client: TopClient,
  request: AlibabaLegalStandpointStandpointQueryallRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalStandpointStandpointQueryallResponse> {
  return client.call<AlibabaLegalStandpointStandpointQueryallResponse>(
    {
      method: 'alibaba.legal.standpoint.standpoint.queryall',
      responseRoot: 'alibaba_legal_standpoint_standpoint_queryall_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
