// Generated from specs/alihouse/alibaba.alihouse.newhome.right.unbind.back.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.right.unbind.back` (权限回流-解绑). */
export interface AlibabaAlihouseNewhomeRightUnbindBackRequest {
  /** 用户信息 */
  user_info?: AlibabaAlihouseNewhomeRightUnbindBackUserPermissionInfoDTOInput;
}

/** Response of `alibaba.alihouse.newhome.right.unbind.back`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeRightUnbindBackResponse {
  /** 1 */
  result?: AlibabaAlihouseNewhomeRightUnbindBackResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserPermissionInfoDTO` of `alibaba.alihouse.newhome.right.unbind.back`. */
export interface AlibabaAlihouseNewhomeRightUnbindBackUserPermissionInfoDTOInput {
  /** 业务域 */
  business_type?: Int64Input;
  /** 1-公司 2-城市品牌店 3-品牌 4-标准门店 5-TP运营账号 6-经纪人/置业顾问 */
  outer_target_id?: string;
  /** 同步的数据类型 */
  type?: Int64Input;
  /** 外部门店ID */
  outer_target_type?: Int64Input;
  /** 外部商家id */
  outer_seller_id?: string;
  /** 装修场景主体 */
  scene_info_list?: AlibabaAlihouseNewhomeRightUnbindBackAstoreSceneInfoDTOInput[];
  /** 权限类型 */
  function_list?: string[];
}

/** `AstoreSceneInfoDTO` of `alibaba.alihouse.newhome.right.unbind.back`. */
export interface AlibabaAlihouseNewhomeRightUnbindBackAstoreSceneInfoDTOInput {
  /** 外部主体id */
  outer_id?: string;
  /** 外部主体类型 */
  outer_type?: Int64Input;
  /** 外部门店id */
  outer_store_id?: string;
  /** 外部商家id */
  outer_seller_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.right.unbind.back`. */
export interface AlibabaAlihouseNewhomeRightUnbindBackResult {
  /** 1 */
  code?: string;
  /** 1 */
  data?: AlibabaAlihouseNewhomeRightUnbindBackAstoreSceneRespInfoDTO[];
  /** 1 */
  success?: boolean;
  /** 1 */
  message?: string;
}

/** `AstoreSceneRespInfoDTO` of `alibaba.alihouse.newhome.right.unbind.back`. */
export interface AlibabaAlihouseNewhomeRightUnbindBackAstoreSceneRespInfoDTO {
  /** 1 */
  outer_id?: string;
  /** 1 */
  outer_type?: Int64;
  /** 1 */
  outer_store_id?: string;
  /** 1 */
  outer_seller_id?: string;
  /** 1 */
  is_success?: boolean;
  /** 1 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  user_info: {
    business_type: 'Number',
    outer_target_id: 'String',
    type: 'Number',
    outer_target_type: 'Number',
    outer_seller_id: 'String',
    scene_info_list: [
      {
        outer_id: 'String',
        outer_type: 'Number',
        outer_store_id: 'String',
        outer_seller_id: 'String',
      },
    ],
    function_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: [
      {
        outer_id: 'String',
        outer_type: 'Number',
        outer_store_id: 'String',
        outer_seller_id: 'String',
        is_success: 'Boolean',
        msg: 'String',
      },
    ],
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.right.unbind.back`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeRightUnbindBackOperation = {
  method: 'alibaba.alihouse.newhome.right.unbind.back',
  responseRoot: 'alibaba_alihouse_newhome_right_unbind_back_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 权限回流-解绑 — calls TOP method `alibaba.alihouse.newhome.right.unbind.back`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeRightUnbindBack(
  client: TopClient,
  request: AlibabaAlihouseNewhomeRightUnbindBackRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeRightUnbindBackResponse> {
  return client.call<AlibabaAlihouseNewhomeRightUnbindBackResponse>(
    {
      method: 'alibaba.alihouse.newhome.right.unbind.back',
      responseRoot: 'alibaba_alihouse_newhome_right_unbind_back_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
