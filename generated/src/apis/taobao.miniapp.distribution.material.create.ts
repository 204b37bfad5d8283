// Generated from specs/miniappopen/taobao.miniapp.distribution.material.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.distribution.material.create` (小程序投放--新建投放素材). */
export interface TaobaoMiniappDistributionMaterialCreateRequest {
  /** 投放入口素材信息 */
  material_request: TaobaoMiniappDistributionMaterialCreateMiniAppEntranceMaterialBizOpenDTOInput;
}

/** Response of `taobao.miniapp.distribution.material.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappDistributionMaterialCreateResponse {
  /** 调用是否成功 */
  material_success?: boolean;
  /** 错误码 */
  material_error_code?: string;
  /** 创建成功的素材id */
  model?: Int64;
  /** 错误信息 */
  material_error_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MiniAppEntranceMaterialBizOpenDTO` of `taobao.miniapp.distribution.material.create`. */
export interface TaobaoMiniappDistributionMaterialCreateMiniAppEntranceMaterialBizOpenDTOInput {
  /** 场景入口对应的素材动态表单值，必须符合表单的要求。每个场景、入口卡片都拥有不同的限制，请通过开发者控制台查看具体的表单字段要求。如果没有任何参数值，请传入空map */
  data_str: string;
  /** 对应页面的页面参数值map，如果没有任何参数值，请传入空map */
  p_params_value_str: string;
  /** 当前素材，对应的页面路径。必须为已经在开发者控制台-页面录入菜单下，已经录入过的页面路径之一。 */
  path: string;
  /** 对应页面的全局参数值map，如果没有任何参数值，请传入空map */
  q_params_value_str: string;
  /** 对应的可投放的小程序id */
  app_id: Int64Input;
  /** 素材适用的入口样式卡片id */
  card_id: Int64Input;
  /** 素材的名字，主要用于方便商家辨识素材 */
  name: string;
  /** 素材适用的入口场景id */
  scene_id: Int64Input;
}

const REQUEST_SCHEMA = {
  material_request: {
    data_str: 'String',
    p_params_value_str: 'String',
    path: 'String',
    q_params_value_str: 'String',
    app_id: 'Number',
    card_id: 'Number',
    name: 'String',
    scene_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  material_success: 'Boolean',
  material_error_code: 'String',
  model: 'Number',
  material_error_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.distribution.material.create`: method, response root, request and response schemas. */
export const taobaoMiniappDistributionMaterialCreateOperation = {
  method: 'taobao.miniapp.distribution.material.create',
  responseRoot: 'miniapp_distribution_material_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小程序投放--新建投放素材 — calls TOP method `taobao.miniapp.distribution.material.create`.
 *
 * 为可投放的小程序，增加入口的素材信息，比如图片、引导文案等等。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappDistributionMaterialCreate(
  client: TopClient,
  request: TaobaoMiniappDistributionMaterialCreateRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappDistributionMaterialCreateResponse> {
  return client.call<TaobaoMiniappDistributionMaterialCreateResponse>(
    {
      method: 'taobao.miniapp.distribution.material.create',
      responseRoot: 'miniapp_distribution_material_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
