// Generated from specs/alihouse/alibaba.alihouse.existinghome.region.info.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.region.info.submit` (商圈专家信息同步). */
export interface AlibabaAlihouseExistinghomeRegionInfoSubmitRequest {
  /** 商圈信息 */
  region_expert_dto: AlibabaAlihouseExistinghomeRegionInfoSubmitRegionExpertDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.region.info.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeRegionInfoSubmitResponse {
  /** 返回结果 */
  result?: AlibabaAlihouseExistinghomeRegionInfoSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RegionExpertDTO` of `alibaba.alihouse.existinghome.region.info.submit`. */
export interface AlibabaAlihouseExistinghomeRegionInfoSubmitRegionExpertDTOInput {
  /** 外部区域/商圈ID */
  outer_region_id: string;
  /** 类型400-商圈 */
  region_type: Int64Input;
  /** 经纪人信息 */
  outer_consultant_infos?: AlibabaAlihouseExistinghomeRegionInfoSubmitRegionExpertInfoDTOInput[];
  /** 0-正式数据 1-测试数据 */
  is_test: Int64Input;
  /** 版本号 */
  version: Int64Input;
  /** 负责业务1-新房 2-二手房 */
  business_type?: Int64Input;
}

/** `RegionExpertInfoDTO` of `alibaba.alihouse.existinghome.region.info.submit`. */
export interface AlibabaAlihouseExistinghomeRegionInfoSubmitRegionExpertInfoDTOInput {
  /** 外部经纪人ID */
  outer_consultant_id?: string;
  /** 经纪人状态 */
  status?: Int64Input;
  /** 外部门店ID */
  outer_store_id?: string;
}

/** `Result` of `alibaba.alihouse.existinghome.region.info.submit`. */
export interface AlibabaAlihouseExistinghomeRegionInfoSubmitResult {
  /** 成功/失败结果返回 */
  data?: AlibabaAlihouseExistinghomeRegionInfoSubmitRegionExpertResultDTO[];
  /** 成功/失败 */
  success?: boolean;
  /** 处理描述信息 */
  message?: string;
}

/** `RegionExpertResultDTO` of `alibaba.alihouse.existinghome.region.info.submit`. */
export interface AlibabaAlihouseExistinghomeRegionInfoSubmitRegionExpertResultDTO {
  /** 外部经纪人ID */
  outer_id?: string;
  /** 是否成功 */
  success?: boolean;
  /** 异常信息 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  region_expert_dto: {
    outer_region_id: 'String',
    region_type: 'Number',
    outer_consultant_infos: [
      {
        outer_consultant_id: 'String',
        status: 'Number',
        outer_store_id: 'String',
      },
    ],
    is_test: 'Number',
    version: 'Number',
    business_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: [
      {
        outer_id: 'String',
        success: 'Boolean',
        msg: 'String',
      },
    ],
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.region.info.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeRegionInfoSubmitOperation = {
  method: 'alibaba.alihouse.existinghome.region.info.submit',
  responseRoot: 'alibaba_alihouse_existinghome_region_info_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商圈专家信息同步 — calls TOP method `alibaba.alihouse.existinghome.region.info.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeRegionInfoSubmit(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeRegionInfoSubmitRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeRegionInfoSubmitResponse> {
  return client.call<AlibabaAlihouseExistinghomeRegionInfoSubmitResponse>(
    {
      method: 'alibaba.alihouse.existinghome.region.info.submit',
      responseRoot: 'alibaba_alihouse_existinghome_region_info_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
