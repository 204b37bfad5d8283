// Generated from specs/damaiticklet/alibaba.damai.mx.opengateway.script.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mx.opengateway.script` (第三方剧本数据推送). */
export interface AlibabaDamaiMxOpengatewayScriptRequest {
  /** 接口入参 */
  script_info_open_param: AlibabaDamaiMxOpengatewayScriptScriptInfoOpenParamInput;
}

/** Response of `alibaba.damai.mx.opengateway.script`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMxOpengatewayScriptResponse {
  /** 返回值模型 */
  result?: AlibabaDamaiMxOpengatewayScriptOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ScriptInfoOpenParam` of `alibaba.damai.mx.opengateway.script`. */
export interface AlibabaDamaiMxOpengatewayScriptScriptInfoOpenParamInput {
  /** 发行时间 */
  release_time?: DateInput;
  /** 玩家人数下限 */
  player_min_num: Int64Input;
  /** 是否全息 是1 否0 */
  has_holographic?: string;
  /** 剧本来源 剧游:2 */
  source: Int64Input;
  /** 女生人数 */
  girl_num: Int64Input;
  /** 阅读体量 */
  reading_volume?: Int64Input;
  /** 主持难度 */
  hosting_difficulty?: Int64Input;
  /** 剧本文字描述 */
  script_describe: string;
  /** 监制名称 */
  supervise_name?: string;
  /** 男生人数 */
  boy_num: Int64Input;
  /** 有无道具 有1 无0 */
  has_prop?: string;
  /** 电子资料 */
  electronic_data?: string;
  /** 三方剧本id */
  out_id?: Int64Input;
  /** 剧本标签数据 */
  third_script_tag_list: AlibabaDamaiMxOpengatewayScriptScriptTagThirdParamInput[];
  /** 剧本封面 */
  script_cover: string;
  /** 发售价格（单位分） */
  sale_price?: Int64Input;
  /** 作者 */
  author: string;
  /** 可否反串 1可 0否 */
  is_reverse?: string;
  /** 发售方式 盒装1 限定2 独家3 待定4 实景5 */
  sale_mode: Int64Input;
  /** 平均游戏时长（分钟） */
  script_time: Int64Input;
  /** 剧本其他图片 */
  script_other_image_list?: string[];
  /** 剧本视频 */
  script_video_list?: string[];
  /** 剧本人物海报图 */
  script_poster_list?: string[];
  /** 剧本难度 1:新手 2:进阶 3:烧脑 */
  difficulty: Int64Input;
  /** 玩家人数模式：固定:0 范围1 */
  player_num_mode: Int64Input;
  /** 玩家人数上限 */
  player_max_num: Int64Input;
  /** 剧本名称 */
  script_name: string;
  /** 出品方 */
  producer?: string;
  /** 发行工作室 */
  distribution_studio: string;
  /** 有无演绎 */
  has_deduction?: string;
  /** 1:6+ ，2:12+ ，3:16+ ，4:18+ */
  right_age?: Int64Input;
}

/** `ScriptTagThirdParam` of `alibaba.damai.mx.opengateway.script`. */
export interface AlibabaDamaiMxOpengatewayScriptScriptTagThirdParamInput {
  /** 剧本类型,核心题材1 剧本题材 2 时代背景 3 流派/类型 4 剧本类型 5 */
  tag_type: Int64Input;
  /** 剧本名称 */
  tag_name: string;
  /** 剧本标签id */
  out_tag_id?: Int64Input;
}

/** `OpenResult` of `alibaba.damai.mx.opengateway.script`. */
export interface AlibabaDamaiMxOpengatewayScriptOpenResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  model?: boolean;
  /** 提示 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  script_info_open_param: {
    release_time: 'Date',
    player_min_num: 'Number',
    has_holographic: 'String',
    source: 'Number',
    girl_num: 'Number',
    reading_volume: 'Number',
    hosting_difficulty: 'Number',
    script_describe: 'String',
    supervise_name: 'String',
    boy_num: 'Number',
    has_prop: 'String',
    electronic_data: 'String',
    out_id: 'Number',
    third_script_tag_list: [
      {
        tag_type: 'Number',
        tag_name: 'String',
        out_tag_id: 'Number',
      },
    ],
    script_cover: 'String',
    sale_price: 'Number',
    author: 'String',
    is_reverse: 'String',
    sale_mode: 'Number',
    script_time: 'Number',
    script_other_image_list: ['String'],
    script_video_list: ['String'],
    script_poster_list: ['String'],
    difficulty: 'Number',
    player_num_mode: 'Number',
    player_max_num: 'Number',
    script_name: 'String',
    producer: 'String',
    distribution_studio: 'String',
    has_deduction: 'String',
    right_age: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    model: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.mx.opengateway.script`: method, response root, request and response schemas. */
export const alibabaDamaiMxOpengatewayScriptOperation = {
  method: 'alibaba.damai.mx.opengateway.script',
  responseRoot: 'alibaba_damai_mx_opengateway_script_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 第三方剧本数据推送 — calls TOP method `alibaba.damai.mx.opengateway.script`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMxOpengatewayScript(
  client: TopClient,
  request: AlibabaDamaiMxOpengatewayScriptRequest,
  options?: CallOptions,
): Promise<AlibabaDamaiMxOpengatewayScriptResponse> {
  return client.call<AlibabaDamaiMxOpengatewayScriptResponse>(
    {
      method: 'alibaba.damai.mx.opengateway.script',
      responseRoot: 'alibaba_damai_mx_opengateway_script_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
