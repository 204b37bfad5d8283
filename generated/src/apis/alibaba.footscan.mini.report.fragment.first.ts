// Generated from specs/foodscan/alibaba.footscan.mini.report.fragment.first.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.footscan.mini.report.fragment.first` (第一只脚生成报告接口). */
export interface AlibabaFootscanMiniReportFragmentFirstRequest {
  /** 平台分配的token */
  token: string;
  /** 请求数据 */
  req_data: AlibabaFootscanMiniReportFragmentFirstFilePackageRequestInput;
}

/** Response of `alibaba.footscan.mini.report.fragment.first`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFootscanMiniReportFragmentFirstResponse {
  /** 服务出参 */
  result?: AlibabaFootscanMiniReportFragmentFirstMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FilePackageRequest` of `alibaba.footscan.mini.report.fragment.first`. */
export interface AlibabaFootscanMiniReportFragmentFirstFilePackageRequestInput {
  /** 用户关系类型0/本人 1/爱人 2/父母 3/朋友 4/子女 99/他人 */
  relation_type?: Int64Input;
  /** 1男2女 */
  gender: Int64Input;
  /** 城市名称 */
  city?: string;
  /** 淘宝的nickName */
  nick_name?: string;
  /** 角色ID */
  role_id?: string;
  /** 区域编码 */
  district_adcode?: string;
  /** 1左脚 2右脚 */
  type: Int64Input;
  /** 用户唯一标识，可以是淘宝用户Id */
  user_id: string;
  /** 设备系统平台 */
  platform?: string;
  /** 设备品牌 */
  mobile_brand?: string;
  /** 省份名称 */
  province?: string;
  /** 前8位是日期，后10位是随机字符串 */
  request_id: string;
  /** 城市代码 */
  city_adcode?: string;
  /** 国家代码 */
  country_code?: string;
  /** 手机型号 */
  mobile_model?: string;
  /** 区域名称 */
  district?: string;
  /** 第一张图片的文件名 */
  file_name1: string;
  /** 第二张图片的文件名 */
  file_name2: string;
  /** 第三张图片的文件名 */
  file_name3: string;
}

/** `MtopResult` of `alibaba.footscan.mini.report.fragment.first`. */
export interface AlibabaFootscanMiniReportFragmentFirstMtopResult {
  /** 成功 */
  code?: Int64;
  /** 返回i数据 */
  data?: AlibabaFootscanMiniReportFragmentFirstData;
  /** 成功 */
  message?: string;
}

/** `Data` of `alibaba.footscan.mini.report.fragment.first`. */
export interface AlibabaFootscanMiniReportFragmentFirstData {
  /** 扫描ID */
  scan_id?: string;
  /** 测量结果为0 */
  is_zero?: boolean;
}

const REQUEST_SCHEMA = {
  token: 'String',
  req_data: {
    relation_type: 'Number',
    gender: 'Number',
    city: 'String',
    nick_name: 'String',
    role_id: 'String',
    district_adcode: 'String',
    type: 'Number',
    user_id: 'String',
    platform: 'String',
    mobile_brand: 'String',
    province: 'String',
    request_id: 'String',
    city_adcode: 'String',
    country_code: 'String',
    mobile_model: 'String',
    district: 'String',
    file_name1: 'String',
    file_name2: 'String',
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

/** Static description of `alibaba.footscan.mini.report.fragment.first`: method, response root, request and response schemas. */
export const alibabaFootscanMiniReportFragmentFirstOperation = {
  method: 'alibaba.footscan.mini.report.fragment.first',
  responseRoot: 'alibaba_footscan_mini_report_fragment_first_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 第一只脚生成报告接口 — calls TOP method `alibaba.footscan.mini.report.fragment.first`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFootscanMiniReportFragmentFirst(
  client: TopClient,
  request: AlibabaFootscanMiniReportFragmentFirstRequest,
  options?: CallOptions,
): Promise<AlibabaFootscanMiniReportFragmentFirstResponse> {
  return client.call<AlibabaFootscanMiniReportFragmentFirstResponse>(
    {
      method: 'alibaba.footscan.mini.report.fragment.first',
      responseRoot: 'alibaba_footscan_mini_report_fragment_first_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
