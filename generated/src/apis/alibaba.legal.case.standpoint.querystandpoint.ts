// Generated from specs/legalcase/alibaba.legal.case.standpoint.querystandpoint.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.case.standpoint.querystandpoint` (主动查询口径). */
export interface AlibabaLegalCaseStandpointQuerystandpointRequest {
  /** 口径搜索关键字 */
  keyword?: string;
  /** 供应商id */
  supplier_id?: string;
  /** 当前页 */
  page_num?: Int64Input;
  /** 页大小 */
  page_size?: Int64Input;
}

/** Response of `alibaba.legal.case.standpoint.querystandpoint`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalCaseStandpointQuerystandpointResponse {
  /** 接口返回model */
  result?: AlibabaLegalCaseStandpointQuerystandpointResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.legal.case.standpoint.querystandpoint`. */
export interface AlibabaLegalCaseStandpointQuerystandpointResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: Int64;
  /** 返回内容 */
  content?: AlibabaLegalCaseStandpointQuerystandpointPage;
  /** 错误信息 */
  error_msg?: string;
}

/** `Page` of `alibaba.legal.case.standpoint.querystandpoint`. */
export interface AlibabaLegalCaseStandpointQuerystandpointPage {
  /** 当前页 */
  current_page?: Int64;
  /** 返回列表 */
  datas?: AlibabaLegalCaseStandpointQuerystandpointStandpointSearchDto[];
  /** 总数 */
  total_count?: Int64;
}

/** `StandpointSearchDto` of `alibaba.legal.case.standpoint.querystandpoint`. */
export interface AlibabaLegalCaseStandpointQuerystandpointStandpointSearchDto {
  /** 答辩口径 */
  defense_caliber?: string;
  /** 生成时间 */
  gmt_create?: string;
  /** 口径id */
  id?: Int64;
  /** 扩展属性列表 */
  options?: AlibabaLegalCaseStandpointQuerystandpointOption[];
  /** 口径描述 */
  standpoint_desc?: string;
}

/** `Option` of `alibaba.legal.case.standpoint.querystandpoint`. */
export interface AlibabaLegalCaseStandpointQuerystandpointOption {
  /** 标题值 */
  title?: string;
  /** 属性值 */
  value?: string;
}

const REQUEST_SCHEMA = {
  keyword: 'String',
  supplier_id: 'String',
  page_num: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'Number',
    content: {
      current_page: 'Number',
      datas: [
        {
          defense_caliber: 'String',
          gmt_create: 'Date',
          id: 'Number',
          options: [
            {
              title: 'String',
              value: 'String',
            },
          ],
          standpoint_desc: 'String',
        },
      ],
      total_count: 'Number',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.case.standpoint.querystandpoint`: method, response root, request and response schemas. */
export const alibabaLegalCaseStandpointQuerystandpointOperation = {
  method: 'alibaba.legal.case.standpoint.querystandpoint',
  responseRoot: 'alibaba_legal_case_standpoint_querystandpoint_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 主动查询口径 — calls TOP method `alibaba.legal.case.standpoint.querystandpoint`.
 *
 * 为法宝侧提供主动查询口径功能,有利于规范外部律师答辩口径.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalCaseStandpointQuerystandpoint(
  client: TopClient,
  request: AlibabaLegalCaseStandpointQuerystandpointRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalCaseStandpointQuerystandpointResponse> {
  return client.call<AlibabaLegalCaseStandpointQuerystandpointResponse>(
    {
      method: 'alibaba.legal.case.standpoint.querystandpoint',
      responseRoot: 'alibaba_legal_case_standpoint_querystandpoint_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
