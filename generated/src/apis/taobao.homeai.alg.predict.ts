// Generated from specs/homeai/taobao.homeai.alg.predict.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.homeai.alg.predict` (硬装预测接口). */
export interface TaobaoHomeaiAlgPredictRequest {
  /** 来源房间json */
  from_case: string;
  /** 我的家房间json */
  to_case: string;
}

/** Response of `taobao.homeai.alg.predict`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoHomeaiAlgPredictResponse {
  /** 返回值 */
  result?: TaobaoHomeaiAlgPredictResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.homeai.alg.predict`. */
export interface TaobaoHomeaiAlgPredictResult {
  /** data */
  data?: TaobaoHomeaiAlgPredictFeatureWallSuggestionDto;
  /** code */
  code?: string;
  /** errormsg */
  msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `FeatureWallSuggestionDto` of `taobao.homeai.alg.predict`. */
export interface TaobaoHomeaiAlgPredictFeatureWallSuggestionDto {
  /** designid */
  design_id?: string;
  /** 墙位置 */
  feature_walls?: TaobaoHomeaiAlgPredictFeatureWallDto[];
}

/** `FeatureWallDto` of `taobao.homeai.alg.predict`. */
export interface TaobaoHomeaiAlgPredictFeatureWallDto {
  /** 包围盒 */
  bounding_box?: TaobaoHomeaiAlgPredictBoundingBoxDto;
  /** 方向四元数 */
  fronts?: string[];
  /** 坐标 */
  pos?: string[];
  /** roomid */
  room?: string;
  /** 硬装类型 */
  type?: string;
}

/** `BoundingBoxDto` of `taobao.homeai.alg.predict`. */
export interface TaobaoHomeaiAlgPredictBoundingBoxDto {
  /** x */
  x_len?: string;
  /** y */
  y_len?: string;
  /** z */
  z_len?: string;
}

const REQUEST_SCHEMA = {
  from_case: 'String',
  to_case: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      design_id: 'String',
      feature_walls: [
        {
          bounding_box: {
            x_len: 'String',
            y_len: 'String',
            z_len: 'String',
          },
          fronts: ['String'],
          pos: ['String'],
          room: 'String',
          type: 'String',
        },
      ],
    },
    code: 'String',
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.homeai.alg.predict`: method, response root, request and response schemas. */
export const taobaoHomeaiAlgPredictOperation = {
  method: 'taobao.homeai.alg.predict',
  responseRoot: 'homeai_alg_predict_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 硬装预测接口 — calls TOP method `taobao.homeai.alg.predict`.
 *
 * 居然之家硬装预测服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoHomeaiAlgPredict(
  client: TopClient,
  request: TaobaoHomeaiAlgPredictRequest,
  options?: CallOptions,
): Promise<TaobaoHomeaiAlgPredictResponse> {
  return client.call<TaobaoHomeaiAlgPredictResponse>(
    {
      method: 'taobao.homeai.alg.predict',
      responseRoot: 'homeai_alg_predict_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
