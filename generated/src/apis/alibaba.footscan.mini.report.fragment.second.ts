// Generated from specs/foodscan/alibaba.footscan.mini.report.fragment.second.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.footscan.mini.report.fragment.second` (第二只脚生成报告接口). */
export interface AlibabaFootscanMiniReportFragmentSecondRequest {
  /** 平台分配的token */
  token: string;
  /** 请求数据 */
  req_data: AlibabaFootscanMiniReportFragmentSecondFilePackageBasicReqInput;
}

/** Response of `alibaba.footscan.mini.report.fragment.second`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFootscanMiniReportFragmentSecondResponse {
  /** 服务出参 */
  result?: AlibabaFootscanMiniReportFragmentSecondMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FilePackageBasicReq` of `alibaba.footscan.mini.report.fragment.second`. */
export interface AlibabaFootscanMiniReportFragmentSecondFilePackageBasicReqInput {
  /** 脚型报告的唯一标识 */
  scan_id: string;
  /** 第一张图片的文件名 */
  file_name1: string;
  /** 第二张图片的文件名 */
  file_name2: string;
  /** 1左脚 2右脚 */
  type: Int64Input;
  /** 用户唯一标识，可以是淘宝用户ID */
  user_id: string;
  /** 第三张图片的文件名 */
  file_name3: string;
}

/** `MtopResult` of `alibaba.footscan.mini.report.fragment.second`. */
export interface AlibabaFootscanMiniReportFragmentSecondMtopResult {
  /** 成功 */
  code?: Int64;
  /** 返回i数据 */
  data?: AlibabaFootscanMiniReportFragmentSecondData;
  /** 成功 */
  message?: string;
}

/** `Data` of `alibaba.footscan.mini.report.fragment.second`. */
export interface AlibabaFootscanMiniReportFragmentSecondData {
  /** 扫描ID */
  scan_id?: string;
  /** 测量结果为0 */
  is_zero?: boolean;
}

const REQUEST_SCHEMA = {
  token: 'String',
  req_data: {
    scan_id: 'String',
    file_name1: 'String',
    file_name2: 'String',
    type: 'Number',
    user_id: 'String',
    file_name3: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    data: {
      scan_id: 'String',
      is_zero: 'Boolean',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.footscan.mini.report.fragment.second`: method, response root, request and response schemas. */
export const alibabaFootscanMiniReportFragmentSecondOperation = {
  method: 'alibaba.footscan.mini.report.fragment.second',
  responseRoot: 'alibaba_footscan_mini_report_fragment_second_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 第二只脚生成报告接口 — calls TOP method `alibaba.footscan.mini.report.fragment.second`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFootscanMiniReportFragmentSecond(
  client: TopClient,
  request: AlibabaFootscanMiniReportFragmentSecondRequest,
  options?: CallOptions,
): Promise<AlibabaFootscanMiniReportFragmentSecondResponse> {
  return client.call<AlibabaFootscanMiniReportFragmentSecondResponse>(
    {
      method: 'alibaba.footscan.mini.report.fragment.second',
      responseRoot: 'alibaba_footscan_mini_report_fragment_second_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
