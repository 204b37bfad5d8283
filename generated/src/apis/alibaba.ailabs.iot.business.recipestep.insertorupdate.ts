// Generated from specs/iot/alibaba.ailabs.iot.business.recipestep.insertorupdate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.iot.business.recipestep.insertorupdate` (插入或更新食谱步骤). */
export interface AlibabaAilabsIotBusinessRecipestepInsertorupdateRequest {
  /** 食谱步骤开放参数 */
  param_business_recipe_step_open_param: AlibabaAilabsIotBusinessRecipestepInsertorupdateBusinessRecipeStepOpenParamInput;
}

/** Response of `alibaba.ailabs.iot.business.recipestep.insertorupdate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsIotBusinessRecipestepInsertorupdateResponse {
  /** 信息 */
  message?: string;
  /** 响应code */
  ret_code?: Int64;
  /** 返回结果 */
  ret_value?: Int64;
  /** 追踪id */
  trace_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BusinessRecipeStepOpenParam` of `alibaba.ailabs.iot.business.recipestep.insertorupdate`. */
export interface AlibabaAilabsIotBusinessRecipestepInsertorupdateBusinessRecipeStepOpenParamInput {
  /** 行业食谱id */
  business_recipe_id: Int64Input;
  /** 步骤指令列表 */
  recipe_step_action_list?: AlibabaAilabsIotBusinessRecipestepInsertorupdateBusinessRecipeStepActionOpenParamInput[];
  /** 食谱步骤描述 */
  description?: string;
  /** 行业食谱步骤id */
  business_recipe_step_id?: Int64Input;
  /** 食谱步骤图片 */
  image_url?: AlibabaAilabsIotBusinessRecipestepInsertorupdateImageUrlParamInput;
  /** 开放账号Id */
  open_account_id: string;
  /** 食谱步骤中文名 */
  recipe_step_name_cn: string;
  /** 食谱步骤时间 */
  recipe_step_time?: Int64Input;
  /** 食谱步骤顺序号 */
  sequence: Int64Input;
  /** 食谱步骤提示 */
  tips?: string;
  /** 食谱步骤视频 */
  video_url?: AlibabaAilabsIotBusinessRecipestepInsertorupdateVideoUrlParamInput;
  /** 指令标识：0不支持指令，1支持指令 */
  action_flag: Int64Input;
}

/** `BusinessRecipeStepActionOpenParam` of `alibaba.ailabs.iot.business.recipestep.insertorupdate`. */
export interface AlibabaAilabsIotBusinessRecipestepInsertorupdateBusinessRecipeStepActionOpenParamInput {
  /** 指令名称 */
  action_name?: string;
  /** 指令值 */
  action_value?: string;
  /** 指令顺序号 */
  sequence?: Int64Input;
}

/** `ImageUrlParam` of `alibaba.ailabs.iot.business.recipestep.insertorupdate`. */
export interface AlibabaAilabsIotBusinessRecipestepInsertorupdateImageUrlParamInput {
  /** 默认图片 */
  img?: string;
  /** 大图 */
  large?: string;
  /** 中图 */
  medium?: string;
  /** 小图 */
  small?: string;
}

/** `VideoUrlParam` of `alibaba.ailabs.iot.business.recipestep.insertorupdate`. */
export interface AlibabaAilabsIotBusinessRecipestepInsertorupdateVideoUrlParamInput {
  /** 视频封面图 */
  cover?: AlibabaAilabsIotBusinessRecipestepInsertorupdateImageUrlParamInput;
  /** 默认播放链接 */
  default_url?: string;
  /** 视频高度 */
  height?: Int64Input;
  /** 高清 */
  high?: string;
  /** 标清 */
  standard?: string;
  /** 超清 */
  ultra?: string;
  /** 视频宽度 */
  width?: Int64Input;
}

const REQUEST_SCHEMA = {
  param_business_recipe_step_open_param: {
    business_recipe_id: 'Number',
    recipe_step_action_list: [
      {
        action_name: 'String',
        action_value: 'String',
        sequence: 'Number',
      },
    ],
    description: 'String',
    business_recipe_step_id: 'Number',
    image_url: {
      img: 'String',
      large: 'String',
      medium: 'String',
      small: 'String',
    },
    open_account_id: 'String',
    recipe_step_name_cn: 'String',
    recipe_step_time: 'Number',
    sequence: 'Number',
    tips: 'String',
    video_url: {
      cover: {
        img: 'String',
        large: 'String',
        medium: 'String',
        small: 'String',
      },
      default_url: 'String',
      height: 'Number',
      high: 'String',
      standard: 'String',
      ultra: 'String',
      width: 'Number',
    },
    action_flag: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  ret_code: 'Number',
  ret_value: 'Number',
  trace_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.iot.business.recipestep.insertorupdate`: method, response root, request and response schemas. */
export const alibabaAilabsIotBusinessRecipestepInsertorupdateOperation = {
  method: 'alibaba.ailabs.iot.business.recipestep.insertorupdate',
  responseRoot: 'alibaba_ailabs_iot_business_recipestep_insertorupdate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 插入或更新食谱步骤 — calls TOP method `alibaba.ailabs.iot.business.recipestep.insertorupdate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsIotBusinessRecipestepInsertorupdate(
  client: TopClient,
  request: AlibabaAilabsIotBusinessRecipestepInsertorupdateRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsIotBusinessRecipestepInsertorupdateResponse> {
  return client.call<AlibabaAilabsIotBusinessRecipestepInsertorupdateResponse>(
    {
      method: 'alibaba.ailabs.iot.business.recipestep.insertorupdate',
      responseRoot: 'alibaba_ailabs_iot_business_recipestep_insertorupdate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
